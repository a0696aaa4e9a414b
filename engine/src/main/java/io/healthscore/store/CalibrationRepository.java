package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** What the calibration report reads: the stored assessments of a span of months and the churn marks. */
public final class CalibrationRepository {
    private static final String ASSESSED = """
            SELECT a.company_id, c.segment, a.year_month, a.score, a.band
            FROM assessments a JOIN companies c ON c.id = a.company_id
            WHERE a.year_month >= :from AND a.year_month <= :to
            ORDER BY %s""";
    private static final String CHURNS = """
            SELECT id, churned_month FROM companies WHERE churned_month IS NOT NULL ORDER BY %s""";
    /** Each company's first month scored AT_RISK to date, provisional scores only, of the months from..to. */
    private static final String FIRST_PROVISIONAL_AT_RISK = """
            SELECT p.company_id, c.segment, MIN(p.year_month) AS first_month
            FROM provisional p JOIN companies c ON c.id = p.company_id
            WHERE p.band = 'AT_RISK' AND p.year_month >= :from AND p.year_month <= :to
            GROUP BY p.company_id, c.segment""";
    /** The provisional scores of the months from..to, each company's in month order and fewest weeks first. */
    private static final String PROVISIONAL = """
            SELECT p.company_id, c.segment, p.year_month, p.complete_weeks, p.month_weeks
            FROM provisional p JOIN companies c ON c.id = p.company_id
            WHERE p.year_month >= :from AND p.year_month <= :to
            ORDER BY %s""";
    private static final String SPAN = "SELECT MIN(year_month) AS first, MAX(year_month) AS last FROM assessments";
    private static final String IDS = "SELECT id FROM companies";

    private final Database database;

    public CalibrationRepository(Database database) {
        this.database = database;
    }

    /** One stored assessment with the company's segment (null: none). */
    public record Assessed(CompanyId company, String segment, YearMonth month, Integer score, Band band) {
    }

    /** A provisional score as stored: the month of the company scored on {@code weeks} of its {@code monthWeeks}. */
    public record ScoredToDate(CompanyId company, String segment, YearMonth month, int weeks, int monthWeeks) {
    }

    /** The first and last assessed months; empty when nothing is scored. */
    public record Span(YearMonth first, YearMonth last) {
    }

    public List<Assessed> assessed(YearMonth from, YearMonth to) {
        String order = database.dialect().ordered("a.company_id") + ", a.year_month";
        return database.inTransaction(handle -> handle.createQuery(ASSESSED.formatted(order))
                .bind("from", from).bind("to", to).setFetchSize(5_000)
                .map((rs, ctx) -> new Assessed(CompanyId.of(rs.getString("company_id")), rs.getString("segment"),
                        YearMonth.parse(rs.getString("year_month")), score(rs),
                        Band.valueOf(rs.getString("band"))))
                .list());
    }

    private static Integer score(java.sql.ResultSet rs) throws java.sql.SQLException {
        int score = rs.getInt("score");
        return rs.wasNull() ? null : score;
    }

    /**
     * The first month of from..to in which each company {@code kept} accepts had a provisional score in AT_RISK, by
     * company, with its segment.
     */
    public Map<CompanyId, ScoredToDate> firstProvisionalAtRisk(YearMonth from, YearMonth to, Predicate<CompanyId> kept) {
        Map<CompanyId, ScoredToDate> first = new LinkedHashMap<>();
        database.inTransaction(handle -> {
            handle.createQuery(FIRST_PROVISIONAL_AT_RISK).bind("from", from).bind("to", to).setFetchSize(5_000)
                    .map((rs, ctx) -> new ScoredToDate(CompanyId.of(rs.getString("company_id")), rs.getString("segment"),
                            YearMonth.parse(rs.getString("first_month")), 0, 0))
                    .forEach(scored -> {
                        if (kept.test(scored.company())) {
                            first.put(scored.company(), scored);
                        }
                    });
            return null;
        });
        return first;
    }

    /** The provisional scores of from..to of the companies {@code kept} accepts, each company's in scoring order. */
    public List<ScoredToDate> provisional(YearMonth from, YearMonth to, Predicate<CompanyId> kept) {
        String order = database.dialect().ordered("p.company_id") + ", p.year_month, p.complete_weeks";
        List<ScoredToDate> found = new ArrayList<>();
        database.inTransaction(handle -> {
            handle.createQuery(PROVISIONAL.formatted(order)).bind("from", from).bind("to", to).setFetchSize(5_000)
                    .map((rs, ctx) -> new ScoredToDate(CompanyId.of(rs.getString("company_id")), rs.getString("segment"),
                            YearMonth.parse(rs.getString("year_month")), rs.getInt("complete_weeks"),
                            rs.getInt("month_weeks")))
                    .forEach(scored -> {
                        if (kept.test(scored.company())) {
                            found.add(scored);
                        }
                    });
            return null;
        });
        return found;
    }

    /** The month each churned company is shown churned from, by company. */
    public Map<CompanyId, YearMonth> churns() {
        Map<CompanyId, YearMonth> churns = new LinkedHashMap<>();
        database.inTransaction(handle -> {
            handle.createQuery(CHURNS.formatted(database.dialect().ordered("id")))
                    .map((rs, ctx) -> Map.entry(CompanyId.of(rs.getString("id")),
                            YearMonth.parse(rs.getString("churned_month"))))
                    .forEach(entry -> churns.put(entry.getKey(), entry.getValue()));
            return null;
        });
        return churns;
    }

    public Optional<Span> span() {
        List<String> span = database.inTransaction(handle -> handle.createQuery(SPAN)
                .map((rs, ctx) -> java.util.Arrays.asList(rs.getString("first"), rs.getString("last"))).one());
        return span.get(0) == null ? Optional.empty()
                : Optional.of(new Span(YearMonth.parse(span.get(0)), YearMonth.parse(span.get(1))));
    }

    /** Each company's segment; a company without one is left out. */
    public Map<CompanyId, String> segments() {
        Map<CompanyId, String> segments = new LinkedHashMap<>();
        database.inTransaction(handle -> {
            handle.createQuery("SELECT id, segment FROM companies WHERE segment IS NOT NULL")
                    .map((rs, ctx) -> Map.entry(CompanyId.of(rs.getString("id")), rs.getString("segment")))
                    .forEach(entry -> segments.put(entry.getKey(), entry.getValue()));
            return null;
        });
        return segments;
    }

    public List<CompanyId> companies() {
        return database.inTransaction(handle -> handle.createQuery(IDS).mapTo(String.class).map(CompanyId::of).list());
    }
}
