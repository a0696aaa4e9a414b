package io.healthscore.store;

import io.healthscore.assessment.Assessment;
import io.healthscore.company.CompanyId;
import io.healthscore.manual.Activity;
import io.healthscore.manual.BandOverride;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Manual changes of a company's status, each in one transaction with its activity and the triggers it emits:
 * an override set or cleared, a company churned or reinstated.
 */
public final class StatusRepository {
    private static final String SHOW = """
            UPDATE assessments SET effective_band = :band, override_id = :override
            WHERE company_id = :company AND year_month = :month""";
    private static final String SET_TRIGGERS = "UPDATE activities SET triggers = :triggers WHERE id = :id";
    private static final String CHURN = "UPDATE companies SET churned_at = :at, churned_month = :month WHERE id = :company";
    private static final String SILENCE = """
            UPDATE triggers SET status = 'off', last_error = :reason, lease_owner = NULL, lease_until = NULL
            WHERE company_id = :company AND status = 'pending'""";

    private final Database database;

    public StatusRepository(Database database) {
        this.database = database;
    }

    /**
     * Stores the override, ending the one that held before (replaced), and pins the band of {@code shown}'s month
     * to it when given (the month's assessment evaluated with the override's band, whose triggers are emitted).
     */
    public Applied override(BandOverride override, Activity activity, Optional<Assessment> shown) {
        return database.inTransaction(handle -> {
            Optional<BandOverride> before = OverrideRepository.active(handle, override.company());
            if (before.isPresent()) {
                OverrideRepository.end(handle, List.of(before.get().id()), override.setAt(), OverrideRepository.REPLACED);
            }
            BandOverride stored = OverrideRepository.insert(handle, override);
            return new Applied(stored, change(handle, activity, shown, stored.id()));
        });
    }

    /** Ends the override (cleared) and shows {@code shown}'s month in the rules' band again, emitting its triggers. */
    public Applied clear(BandOverride override, Activity activity, Optional<Assessment> shown) {
        return database.inTransaction(handle -> {
            OverrideRepository.end(handle, List.of(override.id()), activity.at(), OverrideRepository.CLEARED);
            return new Applied(override, change(handle, activity, shown, null));
        });
    }

    /**
     * Marks the company churned from {@code month} on: its override ends, and its pending triggers are switched off
     * with the reason, so no automation reaches a churned customer. Returns how many triggers were switched off.
     */
    public int churn(CompanyId company, YearMonth month, Activity activity) {
        return database.inTransaction(handle -> {
            setChurn(handle, company, activity.at(), month);
            Optional<BandOverride> override = OverrideRepository.active(handle, company);
            if (override.isPresent()) {
                OverrideRepository.end(handle, List.of(override.get().id()), activity.at(), OverrideRepository.CHURNED);
            }
            ActivityRepository.insert(handle, List.of(activity));
            return handle.createUpdate(SILENCE).bind("company", company)
                    .bind("reason", "not delivered: company churned at " + activity.at() + " by " + activity.author())
                    .execute();
        });
    }

    /** Makes the churned company a customer again: scored and sent automations from the next scoring on. */
    public void reinstate(CompanyId company, Activity activity) {
        database.inTransaction(handle -> {
            setChurn(handle, company, null, null);
            ActivityRepository.insert(handle, List.of(activity));
            return null;
        });
    }

    private static List<String> change(Handle handle, Activity activity, Optional<Assessment> shown, Long overrideId)
            throws SQLException {
        long activityId = ActivityRepository.insertOne(handle, activity);
        if (shown.isEmpty()) {
            return List.of();
        }
        Assessment assessment = shown.get();
        handle.createUpdate(SHOW).bind("band", assessment.effectiveBand().name()).bind("override", overrideId)
                .bind("company", assessment.company()).bind("month", assessment.month()).execute();
        List<String> emitted = AssessmentRepository.emit(handle.getConnection(), List.of(assessment),
                activity.at(), null, activityId).get(0).triggers();
        handle.createUpdate(SET_TRIGGERS).bind("triggers", String.join(",", emitted)).bind("id", activityId).execute();
        return emitted;
    }

    private static void setChurn(Handle handle, CompanyId company, Instant at, YearMonth month) {
        handle.createUpdate(CHURN).bindByType("at", at, Instant.class)
                .bind("month", month == null ? null : month.toString()).bind("company", company).execute();
    }

    /** What a manual change stored: the override it concerns and the triggers it emitted. */
    public record Applied(BandOverride override, List<String> triggers) {
        public Applied {
            triggers = List.copyOf(triggers);
        }
    }
}
