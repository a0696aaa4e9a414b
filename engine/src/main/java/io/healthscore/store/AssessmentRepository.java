package io.healthscore.store;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Explanation;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Assessments (one per company and month; scoring a month again replaces it) and the triggers they emit,
 * stored in the same transaction. A trigger that exists already is not emitted again.
 */
public final class AssessmentRepository {
    static final String COLUMNS = """
            company_id, year_month, score, mean, band, previous_band, previous_score, weeks, login, adoption, nps,
            score_change, fired_rules, rules_hash, assessed_at, explanation, effective_band, override_id, rule_set,
            low_confidence, week_scores""";
    /** What scoring a stored month again replaces: every column of {@link #COLUMNS} but the key. */
    static final String REPLACED = " score = EXCLUDED.score, mean = EXCLUDED.mean, band = EXCLUDED.band,"
            + " previous_band = EXCLUDED.previous_band, previous_score = EXCLUDED.previous_score,"
            + " weeks = EXCLUDED.weeks, login = EXCLUDED.login, adoption = EXCLUDED.adoption, nps = EXCLUDED.nps,"
            + " score_change = EXCLUDED.score_change, fired_rules = EXCLUDED.fired_rules,"
            + " rules_hash = EXCLUDED.rules_hash, assessed_at = EXCLUDED.assessed_at, explanation = EXCLUDED.explanation,"
            + " effective_band = EXCLUDED.effective_band, override_id = EXCLUDED.override_id,"
            + " rule_set = EXCLUDED.rule_set, low_confidence = EXCLUDED.low_confidence, week_scores = EXCLUDED.week_scores";
    private static final String UPSERT = "INSERT INTO assessments (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (year_month, company_id) DO UPDATE SET"
            + REPLACED;
    private static final String TRIGGER_COLUMNS =
            "company_id, year_month, name, band, previous_band, score, previous_score, rules_hash, emitted_at,"
            + " lease_owner, lease_until, activity_id";
    private static final String EMIT = "INSERT INTO triggers (" + TRIGGER_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (year_month, company_id, name) DO NOTHING";
    /** The decimals of the mean and drivers columns (NUMERIC(24,12), NUMERIC(10,2)). */
    private static final int MEAN_SCALE = 12;
    private static final int DRIVER_SCALE = 2;
    private static final String KNOWN = "SELECT COUNT(*) FROM companies WHERE id IN (<ids>)";
    private static final String OF_MONTH = """
            SELECT effective_band, score, override_id FROM assessments WHERE year_month = :month AND company_id = :company""";

    private final Database database;

    public AssessmentRepository(Database database) {
        this.database = database;
    }

    /**
     * The company's latest assessment of a month before {@code month}: its score and the band the company was shown
     * in, and the override that pinned that band (null when none).
     */
    public Earlier earlier(CompanyId company, YearMonth month) {
        return database.inTransaction(handle -> {
            // one key lookup per earlier month, newest first: the key leads with the month
            for (String earlier : KeyMonths.descending(handle, "assessments", month.toString())) {
                Optional<Earlier> found = handle.createQuery(OF_MONTH).bind("month", earlier).bind("company", company)
                        .map(row -> new Earlier(new Previous(row.getColumn("effective_band", Band.class),
                                row.getColumn("score", Integer.class)), row.getColumn("override_id", Long.class)))
                        .findOne();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            return new Earlier(Previous.NONE, null);
        });
    }

    /** A previous assessment as the next month's scoring sees it. */
    public record Earlier(Previous previous, Long overrideId) {
    }

    /**
     * Stores the assessments and their triggers in one transaction. Returns the assessments with
     * {@code triggers} narrowed to those emitted now, leaving out any emitted by an earlier run.
     */
    public List<Assessment> save(List<Assessment> assessments, Instant now) {
        return save(assessments, now, null);
    }

    /**
     * As {@link #save(List, Instant)}, with the triggers emitted now stored already claimed by {@code claim}'s
     * dispatcher (null: unclaimed), which is about to deliver them.
     */
    public List<Assessment> save(List<Assessment> assessments, Instant now, TriggerClaim claim) {
        return database.inTransaction(handle -> {
            requireKnown(handle, assessments);
            upsert(handle.getConnection(), assessments, now);
            List<Assessment> emitted = emit(handle.getConnection(), assessments, now, claim);
            ScoredActivities.record(handle, emitted, now);
            return emitted;
        });
    }

    /** Refuses the whole batch when one assessment names a company the store does not know. */
    private static void requireKnown(Handle handle, List<Assessment> assessments) throws SQLException {
        List<String> ids = assessments.stream().map(assessment -> assessment.company().value()).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        if (handle.createQuery(KNOWN).bindList("ids", ids).mapTo(Long.class).one() != ids.size()) {
            throw new SQLException("an assessment names a company the store does not know;"
                    + " companies become known when their metrics are ingested");
        }
    }

    // plain JDBC batches: every assessment and trigger of a month run goes through these, bound by index without
    // jdbi's per-value argument lookup
    private void upsert(Connection connection, List<Assessment> assessments, Instant now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (Assessment assessment : assessments) {
                bind(upsert, assessment, now);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** Binds the assessment to parameters 1 to 21, in the order of {@link #COLUMNS}. */
    static void bind(PreparedStatement upsert, Assessment assessment, Instant now) throws SQLException {
        upsert.setString(1, assessment.company().value());
        upsert.setString(2, assessment.month().toString());
        Sql.setInteger(upsert, 3, assessment.score());
        Sql.setDecimal(upsert, 4, assessment.mean(), MEAN_SCALE);
        upsert.setString(5, assessment.band().name());
        upsert.setString(6, assessment.previous().band().name());
        Sql.setInteger(upsert, 7, assessment.previous().score());
        upsert.setInt(8, assessment.drivers().weeks());
        Sql.setDecimal(upsert, 9, assessment.drivers().login(), DRIVER_SCALE);
        Sql.setDecimal(upsert, 10, assessment.drivers().adoption(), DRIVER_SCALE);
        Sql.setDecimal(upsert, 11, assessment.drivers().nps(), DRIVER_SCALE);
        Sql.setInteger(upsert, 12, assessment.drivers().change());
        upsert.setString(13, FiredRules.encode(assessment.firedRules()));
        upsert.setString(14, assessment.rulesHash());
        Sql.setInstant(upsert, 15, now);
        upsert.setString(16, ExplanationJson.write(assessment.explanation()));
        upsert.setString(17, assessment.effectiveBand().name());
        Sql.setLong(upsert, 18, assessment.standing().overrideId());
        String ruleSet = assessment.explanation().ruleSet();
        Sql.setString(upsert, 19, Explanation.BASE.equals(ruleSet) ? null : ruleSet);
        Sql.setString(upsert, 20, assessment.explanation().lowConfidence());
        Sql.setString(upsert, 21, WeekScores.encode(assessment.explanation().weeks()));
    }

    private List<Assessment> emit(Connection connection, List<Assessment> assessments, Instant now, TriggerClaim claim)
            throws SQLException {
        return emit(connection, assessments, now, claim, null);
    }

    /**
     * Stores the triggers the assessments ask for, unless stored before; {@code activity} names the manual change
     * that emitted them (null: a scoring). Returns the assessments with only the triggers emitted now.
     */
    static List<Assessment> emit(Connection connection, List<Assessment> assessments, Instant now,
            TriggerClaim claim, Long activity) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(EMIT)) {
            for (Assessment assessment : assessments) {
                for (String trigger : assessment.triggers()) {
                    bindTrigger(insert, assessment, trigger, now);
                    Sql.setString(insert, 10, claim == null ? null : claim.owner());
                    Sql.setNullableInstant(insert, 11, claim == null ? null : claim.until());
                    Sql.setLong(insert, 12, activity);
                    insert.addBatch();
                }
            }
            int[] counts = insert.executeBatch();
            List<Assessment> emitted = new ArrayList<>(assessments.size());
            int index = 0;
            for (Assessment assessment : assessments) {
                List<String> fresh = new ArrayList<>();
                for (String trigger : assessment.triggers()) {
                    if (counts[index++] > 0) {
                        fresh.add(trigger);
                    }
                }
                emitted.add(assessment.withTriggers(fresh));
            }
            return emitted;
        }
    }

    private static void bindTrigger(PreparedStatement insert, Assessment assessment, String trigger, Instant now)
            throws SQLException {
        insert.setString(1, assessment.company().value());
        insert.setString(2, assessment.month().toString());
        insert.setString(3, trigger);
        insert.setString(4, assessment.effectiveBand().name());
        insert.setString(5, assessment.previous().band().name());
        Sql.setInteger(insert, 6, assessment.score());
        Sql.setInteger(insert, 7, assessment.previous().score());
        insert.setString(8, assessment.rulesHash());
        Sql.setInstant(insert, 9, now);
    }
}
