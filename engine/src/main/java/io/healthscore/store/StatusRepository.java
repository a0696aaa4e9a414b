package io.healthscore.store;

import io.healthscore.assessment.Assessment;
import io.healthscore.company.CompanyId;
import io.healthscore.manual.Activity;
import io.healthscore.manual.BandOverride;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Manual changes of a company's status, each in one transaction with its activity and the triggers it emits:
 * an override set or cleared, a company churned or reinstated.
 */
public final class StatusRepository {
    private static final String SHOW = "UPDATE assessments SET effective_band = ?, override_id = ? WHERE company_id = ? AND year_month = ?";
    private static final String SET_TRIGGERS = "UPDATE activities SET triggers = ? WHERE id = ?";
    private static final String CHURN = "UPDATE companies SET churned_at = ?, churned_month = ? WHERE id = ?";
    private static final String SILENCE = """
            UPDATE triggers SET status = 'off', last_error = ?, lease_owner = NULL, lease_until = NULL
            WHERE company_id = ? AND status = 'pending'""";

    private final Database database;

    public StatusRepository(Database database) {
        this.database = database;
    }

    /**
     * Stores the override, ending the one that held before (replaced), and pins the band of {@code shown}'s month
     * to it when given (the month's assessment evaluated with the override's band, whose triggers are emitted).
     */
    public Applied override(BandOverride override, Activity activity, Optional<Assessment> shown) {
        return database.inTransaction(connection -> {
            OverrideRepository overrides = new OverrideRepository(database);
            Optional<BandOverride> before = overrides.active(connection, override.company());
            if (before.isPresent()) {
                OverrideRepository.end(connection, List.of(before.get().id()), override.setAt(), OverrideRepository.REPLACED);
            }
            BandOverride stored = overrides.insert(connection, override);
            return new Applied(stored, change(connection, activity, shown, stored.id()));
        });
    }

    /** Ends the override (cleared) and shows {@code shown}'s month in the rules' band again, emitting its triggers. */
    public Applied clear(BandOverride override, Activity activity, Optional<Assessment> shown) {
        return database.inTransaction(connection -> {
            OverrideRepository.end(connection, List.of(override.id()), activity.at(), OverrideRepository.CLEARED);
            return new Applied(override, change(connection, activity, shown, null));
        });
    }

    /**
     * Marks the company churned from {@code month} on: its override ends, and its pending triggers are switched off
     * with the reason, so no automation reaches a churned customer. Returns how many triggers were switched off.
     */
    public int churn(CompanyId company, YearMonth month, Activity activity) {
        return database.inTransaction(connection -> {
            setChurn(connection, company, activity.at(), month);
            Optional<BandOverride> override = new OverrideRepository(database).active(connection, company);
            if (override.isPresent()) {
                OverrideRepository.end(connection, List.of(override.get().id()), activity.at(), OverrideRepository.CHURNED);
            }
            ActivityRepository.insert(connection, List.of(activity));
            try (PreparedStatement silence = connection.prepareStatement(SILENCE)) {
                silence.setString(1, "not delivered: company churned at " + activity.at() + " by " + activity.author());
                silence.setString(2, company.value());
                return silence.executeUpdate();
            }
        });
    }

    /** Makes the churned company a customer again: scored and sent automations from the next scoring on. */
    public void reinstate(CompanyId company, Activity activity) {
        database.inTransaction(connection -> {
            setChurn(connection, company, null, null);
            ActivityRepository.insert(connection, List.of(activity));
            return null;
        });
    }

    private List<String> change(Connection connection, Activity activity, Optional<Assessment> shown, Long overrideId)
            throws SQLException {
        long activityId = ActivityRepository.insertOne(connection, activity);
        if (shown.isEmpty()) {
            return List.of();
        }
        Assessment assessment = shown.get();
        try (PreparedStatement show = connection.prepareStatement(SHOW)) {
            show.setString(1, assessment.effectiveBand().name());
            Sql.setLong(show, 2, overrideId);
            show.setString(3, assessment.company().value());
            show.setString(4, assessment.month().toString());
            show.executeUpdate();
        }
        List<String> emitted = AssessmentRepository.emit(connection, List.of(assessment),
                activity.at(), null, activityId).get(0).triggers();
        try (PreparedStatement update = connection.prepareStatement(SET_TRIGGERS)) {
            update.setString(1, String.join(",", emitted));
            update.setLong(2, activityId);
            update.executeUpdate();
        }
        return emitted;
    }

    private static void setChurn(Connection connection, CompanyId company, Instant at, YearMonth month) throws SQLException {
        try (PreparedStatement churn = connection.prepareStatement(CHURN)) {
            Sql.setNullableInstant(churn, 1, at);
            Sql.setString(churn, 2, month == null ? null : month.toString());
            churn.setString(3, company.value());
            churn.executeUpdate();
        }
    }

    /** What a manual change stored: the override it concerns and the triggers it emitted. */
    public record Applied(BandOverride override, List<String> triggers) {
        public Applied {
            triggers = List.copyOf(triggers);
        }
    }
}
