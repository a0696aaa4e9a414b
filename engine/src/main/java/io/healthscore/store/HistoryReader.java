package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.facts.History;
import io.healthscore.rules.facts.PastMonth;
import io.healthscore.rules.facts.SeriesWeek;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Loads the history the rules declare for a batch of companies of one month: three queries at most per batch,
 * each over the batch's range of company ids and the months the depth reaches (never a query per company): the
 * earlier assessments, the earlier weeks, and the latest month each trigger was emitted.
 */
final class HistoryReader {
    private static final String ASSESSMENTS = """
            SELECT year_month, company_id, score, band, effective_band, low_confidence, week_scores FROM assessments
            WHERE year_month IN (<months>) AND company_id >= :first AND company_id <= :last""";
    private static final String METRICS = """
            SELECT year_month, company_id, weeks FROM metrics
            WHERE year_month IN (<months>) AND company_id >= :first AND company_id <= :last""";
    private static final String SENT = """
            SELECT company_id, name, MAX(year_month) AS last_month FROM triggers
            WHERE year_month IN (<months>) AND company_id >= :first AND company_id <= :last
            GROUP BY company_id, name""";

    private HistoryReader() {
    }

    /** The batch (one month, in company id order) with each company's history and trigger record filled in. */
    static List<CompanyMonth> fill(Handle handle, List<CompanyMonth> batch, HistoryDepth depth) {
        if (batch.isEmpty() || depth.none()) {
            return batch;
        }
        YearMonth month = batch.get(0).month();
        String first = batch.get(0).company().value();
        String last = batch.get(batch.size() - 1).company().value();
        LocalDate firstWeek = WeeklyMetrics.weeksOf(month).get(0);
        LocalDate oldestWeek = firstWeek.minusWeeks(depth.weeks());
        YearMonth oldestForWeeks = depth.weeks() == 0 ? month : WeeklyMetrics.monthOf(oldestWeek);
        YearMonth oldestForMonths = month.minusMonths(depth.months());
        YearMonth oldest = oldestForWeeks.isBefore(oldestForMonths) ? oldestForWeeks : oldestForMonths;

        Map<String, List<StoredMonth>> assessments = new HashMap<>();
        if (oldest.isBefore(month)) {
            handle.createQuery(ASSESSMENTS).bindList("months", months(oldest, month)).bind("first", first)
                    .bind("last", last)
                    .map((rows, context) -> new StoredMonth(rows.getString("company_id"),
                            YearMonth.parse(rows.getString("year_month")), Sql.getInteger(rows, "score"),
                            Band.valueOf(rows.getString("band")), Band.valueOf(rows.getString("effective_band")),
                            rows.getString("low_confidence") != null, rows.getString("week_scores")))
                    .forEach(stored -> assessments.computeIfAbsent(stored.company(), ignored -> new ArrayList<>()).add(stored));
        }
        Map<String, List<WeeklyMetrics>> weeks = new HashMap<>();
        if (depth.weeks() > 0) {
            handle.createQuery(METRICS).bindList("months", months(oldestForWeeks, month)).bind("first", first)
                    .bind("last", last)
                    .map((rows, context) -> Map.entry(rows.getString("company_id"),
                            PackedWeeks.decode(CompanyId.of(rows.getString("company_id")), rows.getString("weeks"))))
                    .forEach(found -> weeks.computeIfAbsent(found.getKey(), ignored -> new ArrayList<>())
                            .addAll(found.getValue()));
        }
        Map<String, Map<String, YearMonth>> sent = new HashMap<>();
        if (depth.cooldownMonths() > 1) {
            handle.createQuery(SENT).bindList("months", months(month.minusMonths(depth.cooldownMonths() - 1L), month))
                    .bind("first", first).bind("last", last)
                    .map((rows, context) -> new Sent(rows.getString("company_id"), rows.getString("name"),
                            YearMonth.parse(rows.getString("last_month"))))
                    .forEach(found -> sent.computeIfAbsent(found.company(), ignored -> new HashMap<>())
                            .put(found.name(), found.month()));
        }
        List<CompanyMonth> filled = new ArrayList<>(batch.size());
        for (CompanyMonth input : batch) {
            String id = input.company().value();
            List<StoredMonth> past = assessments.getOrDefault(id, List.of());
            History history = new History(month, pastMonths(past, oldestForMonths),
                    series(input, past, weeks.getOrDefault(id, List.of()), oldestWeek, depth.weeks()), depth.months(),
                    depth.weeks());
            filled.add(input.withPast(history, sent.get(id)));
        }
        return filled;
    }

    /** The months from {@code from} up to, not including, {@code to}. */
    private static List<String> months(YearMonth from, YearMonth to) {
        List<String> months = new ArrayList<>();
        for (YearMonth month = from; month.isBefore(to); month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        return months;
    }

    private static List<PastMonth> pastMonths(List<StoredMonth> past, YearMonth oldest) {
        return past.stream()
                .filter(stored -> !stored.month().isBefore(oldest))
                .sorted(Comparator.comparing(StoredMonth::month).reversed())
                .map(stored -> new PastMonth(stored.month(), stored.score(), stored.band(), stored.effectiveBand(),
                        stored.lowConfidence()))
                .toList();
    }

    /** The earlier weeks within the depth, with the scores stored with their months' assessments, then this month's. */
    private static List<SeriesWeek> series(CompanyMonth input, List<StoredMonth> past, List<WeeklyMetrics> earlier,
            LocalDate oldestWeek, int depth) {
        if (depth == 0) {
            return List.of();
        }
        Map<LocalDate, BigDecimal> scores = new HashMap<>();
        past.forEach(stored -> scores.putAll(WeekScores.decode(stored.weekScores())));
        List<SeriesWeek> series = new ArrayList<>();
        LocalDate firstWeek = WeeklyMetrics.weeksOf(input.month()).get(0);
        earlier.stream()
                .filter(week -> !week.week().isBefore(oldestWeek) && week.week().isBefore(firstWeek))
                .sorted(Comparator.comparing(WeeklyMetrics::week))
                .forEach(week -> series.add(new SeriesWeek(week.week(), week.login(), week.adoption(), week.nps(),
                        scores.get(week.week()))));
        input.weeks().forEach(week -> series.add(new SeriesWeek(week.week(), week.login(), week.adoption(), week.nps(), null)));
        return series;
    }

    private record StoredMonth(String company, YearMonth month, Integer score, Band band, Band effectiveBand,
            boolean lowConfidence, String weekScores) {
    }

    private record Sent(String company, String name, YearMonth month) {
    }
}
