package io.healthscore.store;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.Pin;
import io.healthscore.assessment.Previous;
import io.healthscore.assessment.Standing;
import io.healthscore.company.CompanyId;
import io.healthscore.trigger.DeliveryStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowViewMapper;
import org.jdbi.v3.core.result.RowView;

/** Reads stored assessments back with everything recorded about how they came about. */
public final class ExplanationRepository {
    private static final String ASSESSMENT = """
            SELECT company_id, year_month, score, mean, band, previous_band, previous_score, weeks, login, adoption, nps,
                   score_change, fired_rules, rules_hash, assessed_at, explanation, effective_band, override_id
            FROM assessments WHERE company_id = :company AND year_month = :month""";
    static final String TRIGGERS = """
            SELECT name, rules_hash, emitted_at, delivered_at, status, channel, last_error FROM triggers
            WHERE company_id = :company AND year_month = :month ORDER BY emitted_at, name""";
    private static final RowViewMapper<Assessment> ASSESSMENTS = new AssessmentMapper();
    static final RowViewMapper<StoredAssessment.StoredTrigger> TRIGGER = row -> new StoredAssessment.StoredTrigger(
            row.getColumn("name", String.class), row.getColumn("rules_hash", String.class),
            row.getColumn("emitted_at", Instant.class), row.getColumn("delivered_at", Instant.class),
            row.getColumn("status", DeliveryStatus.class), row.getColumn("channel", String.class),
            row.getColumn("last_error", String.class));

    private final Database database;

    public ExplanationRepository(Database database) {
        this.database = database;
    }

    public Optional<StoredAssessment> find(CompanyId company, YearMonth month) {
        return database.inTransaction(handle -> find(handle, company, month));
    }

    private static Optional<StoredAssessment> find(Handle handle, CompanyId company, YearMonth month) {
        return handle.createQuery(ASSESSMENT).bind("company", company).bind("month", month)
                .map(row -> new StoredAssessment(row.getRow(ASSESSMENTS), row.getColumn("assessed_at", Instant.class),
                        handle.createQuery(TRIGGERS).bind("company", company).bind("month", month).map(TRIGGER).list()))
                .findOne();
    }

    /**
     * Every assessment of the company, newest month first, each with the triggers stored for its month: one key
     * lookup per month the store has scored (the keys lead with the month; no index leads with the company).
     */
    public List<StoredAssessment> history(CompanyId company) {
        return database.inTransaction(handle -> {
            List<StoredAssessment> found = new ArrayList<>();
            for (String month : KeyMonths.descending(handle, "assessments", null)) {
                find(handle, company, YearMonth.parse(month)).ifPresent(found::add);
            }
            return found;
        });
    }

    /** The company's assessment of its latest scored month. */
    public Optional<StoredAssessment> latest(CompanyId company) {
        return database.inTransaction(handle -> {
            for (String month : KeyMonths.descending(handle, "assessments", null)) {
                Optional<StoredAssessment> found = find(handle, company, YearMonth.parse(month));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        });
    }

    /** A stored assessment, its triggers left out (they are stored apart). */
    static final class AssessmentMapper implements RowViewMapper<Assessment> {
        private static final DriversMapper DRIVERS = new DriversMapper();

        @Override
        public Assessment map(RowView row) {
            Previous previous = new Previous(row.getColumn("previous_band", Band.class),
                    row.getColumn("previous_score", Integer.class));
            Drivers drivers = row.getRow(DRIVERS);
            Band effective = row.getColumn("effective_band", Band.class);
            Long overrideId = row.getColumn("override_id", Long.class);
            Standing standing = new Standing(effective, overrideId == null ? null : new Pin(overrideId, effective), null);
            return new Assessment(row.getColumn("company_id", CompanyId.class), row.getColumn("year_month", YearMonth.class),
                    row.getColumn("score", Integer.class), row.getColumn("mean", BigDecimal.class),
                    row.getColumn("band", Band.class), previous, drivers, List.of(),
                    FiredRules.decode(row.getColumn("fired_rules", String.class)), row.getColumn("rules_hash", String.class),
                    ExplanationJson.read(row.getColumn("explanation", String.class)), standing);
        }
    }
}
