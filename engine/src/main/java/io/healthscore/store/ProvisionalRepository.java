package io.healthscore.store;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.ProvisionalWeeks;
import io.healthscore.company.CompanyId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowViewMapper;

/**
 * Provisional month-to-date scores, kept apart from the assessments: one per company, month and number of complete
 * weeks scored; scoring the same weeks again replaces it. The triggers the rules emit on them ({@code @early}) go to
 * the triggers table, at most once per company, month and name like every other.
 */
public final class ProvisionalRepository {
    private static final String UPSERT = "INSERT INTO provisional (" + AssessmentRepository.COLUMNS
            + ", complete_weeks, month_weeks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (year_month, company_id, complete_weeks) DO UPDATE SET" + AssessmentRepository.REPLACED
            + ", month_weeks = EXCLUDED.month_weeks";
    /** Marks the company's latest score of the month, the one on the most weeks, and only it. */
    private static final String MARK_LATEST = """
            UPDATE provisional SET latest = CASE WHEN complete_weeks = (
                    SELECT MAX(other.complete_weeks) FROM provisional other
                    WHERE other.year_month = provisional.year_month AND other.company_id = provisional.company_id)
                THEN 1 ELSE 0 END
            WHERE year_month = ? AND company_id = ?""";
    private static final String COLUMNS = """
            SELECT company_id, year_month, score, mean, band, previous_band, previous_score, weeks, login, adoption, nps,
                   score_change, fired_rules, rules_hash, assessed_at, explanation, effective_band, override_id,
                   complete_weeks, month_weeks FROM provisional""";
    private static final String OF_COMPANY = COLUMNS
            + " WHERE year_month = :month AND company_id = :company ORDER BY complete_weeks DESC";
    private static final String OF_MONTH = COLUMNS + " WHERE year_month = :month ORDER BY company_id, complete_weeks";
    private static final RowViewMapper<Assessment> ASSESSMENT = new ExplanationRepository.AssessmentMapper();
    private static final RowViewMapper<StoredProvisional> STORED = row -> new StoredProvisional(row.getRow(ASSESSMENT),
            new ProvisionalWeeks(row.getColumn("complete_weeks", Integer.class), row.getColumn("month_weeks", Integer.class)),
            row.getColumn("assessed_at", Instant.class), List.of());


    private final Database database;

    public ProvisionalRepository(Database database) {
        this.database = database;
    }

    /**
     * Stores the scores of {@code weeks} complete weeks of {@code weeksInMonth} and the triggers they ask for, in one
     * transaction; returns them with only the triggers emitted now.
     */
    public List<Assessment> save(List<Assessment> scores, int weeks, int weeksInMonth, Instant now, TriggerClaim claim) {
        return database.inTransaction(handle -> {
            upsert(handle.getConnection(), scores, weeks, weeksInMonth, now);
            return scores.stream().anyMatch(score -> !score.triggers().isEmpty())
                    ? AssessmentRepository.emit(handle.getConnection(), scores, now, claim, null) : scores;
        });
    }

    private static void upsert(Connection connection, List<Assessment> scores, int weeks, int weeksInMonth, Instant now)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (Assessment score : scores) {
                AssessmentRepository.bind(upsert, score, now);
                upsert.setInt(22, weeks);
                upsert.setInt(23, weeksInMonth);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        try (PreparedStatement mark = connection.prepareStatement(MARK_LATEST)) {
            for (Assessment score : scores) {
                mark.setString(1, score.month().toString());
                mark.setString(2, score.company().value());
                mark.addBatch();
            }
            mark.executeBatch();
        }
    }

    /** The company's latest provisional score of the month, on the most weeks. */
    public Optional<StoredProvisional> latest(CompanyId company, YearMonth month) {
        return database.inTransaction(handle -> of(handle, company, month).stream().findFirst());
    }

    /** Every provisional score of the company, newest month first, and in a month the most weeks first. */
    public List<StoredProvisional> history(CompanyId company) {
        return database.inTransaction(handle -> {
            List<StoredProvisional> found = new ArrayList<>();
            for (String month : KeyMonths.descending(handle, "provisional", null)) {
                found.addAll(of(handle, company, YearMonth.parse(month)));
            }
            return found;
        });
    }

    /** The latest provisional score of each company scored to date in the month, by company id. */
    public Map<String, StoredProvisional> month(YearMonth month) {
        return database.inTransaction(handle -> {
            Map<String, StoredProvisional> latest = new HashMap<>();
            handle.createQuery(OF_MONTH).bind("month", month).setFetchSize(5_000).map(STORED)
                    .forEach(stored -> latest.put(stored.assessment().company().value(), stored));
            return latest;
        });
    }

    /** The latest month scored to date; empty when none was. */
    public Optional<YearMonth> latestMonth() {
        return database.inTransaction(handle -> Optional.ofNullable(
                handle.createQuery("SELECT MAX(year_month) FROM provisional").mapTo(YearMonth.class).one()));
    }

    private static List<StoredProvisional> of(Handle handle, CompanyId company, YearMonth month) {
        List<StoredProvisional> scores = handle.createQuery(OF_COMPANY).bind("month", month).bind("company", company)
                .map(STORED).list();
        if (scores.isEmpty()) {
            return scores;
        }
        // a trigger is emitted at the moment the scoring that asked for it is stored
        List<StoredAssessment.StoredTrigger> emitted = handle.createQuery(ExplanationRepository.TRIGGERS)
                .bind("month", month).bind("company", company).map(ExplanationRepository.TRIGGER).list();
        return scores.stream().map(stored -> new StoredProvisional(stored.assessment(), stored.weeks(),
                stored.assessedAt(), emitted.stream().filter(trigger -> trigger.emittedAt().equals(stored.assessedAt()))
                        .toList())).toList();
    }
}
