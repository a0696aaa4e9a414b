package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.manual.Activity;
import io.healthscore.store.ActivityRepository;
import io.healthscore.store.Database;
import io.healthscore.store.PortfolioRepository;
import io.healthscore.store.PortfolioRow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the portfolio report of a month from the store: the month and up to five before it, for the trend, and the
 * month after it for the early warnings its month-to-date scores give.
 */
public final class ReportBuilder {
    public static final int TREND_MONTHS = 6;

    private final Database database;
    private final Clock clock;

    public ReportBuilder(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public PortfolioReport build(YearMonth month, BigDecimal target, int dropThreshold) {
        PortfolioRepository portfolio = new PortfolioRepository(database);
        Map<YearMonth, List<PortfolioRow>> months = new LinkedHashMap<>();
        for (int back = TREND_MONTHS - 1; back >= 0; back--) {
            YearMonth each = month.minusMonths(back);
            List<PortfolioRow> rows = portfolio.month(each);
            if (!rows.isEmpty() || back == 0) {
                months.put(each, rows);
            }
        }
        List<PortfolioRow> current = months.get(month);
        Map<YearMonth, Map<String, PortfolioRow>> indexed = new LinkedHashMap<>();
        months.forEach((each, rows) -> indexed.put(each, byCompany(rows)));
        Map<String, PortfolioRow> previous = indexed.getOrDefault(month.minusMonths(1), Map.of());
        Distribution distribution = distribution(month, current);
        List<Mover> movers = Movers.of(current, previous);
        return new PortfolioReport(month, clock.instant(), ruleSets(current), distribution, HealthTarget.of(target, distribution),
                movers.stream().filter(Mover::up).toList(), movers.stream().filter(mover -> !mover.up()).toList(),
                dropThreshold, drops(current, dropThreshold), AtRiskList.of(current, indexed), manualChanges(month),
                HappinessMix.of(current.stream().filter(row -> row.shown() != EffectiveBand.CHURNED && row.band() != null)
                        .map(row -> row.drivers().nps()).toList()),
                months.entrySet().stream().map(entry -> distribution(entry.getKey(), entry.getValue())).toList(),
                lowConfidence(current), ProvisionalShare.of(current),
                EarlyWarnings.of(portfolio.toDate(month.plusMonths(1)), indexed.get(month)));
    }

    /** The month's scores the rules marked low-confidence, churned companies left out, in company order. */
    private static List<LowConfidenceScore> lowConfidence(List<PortfolioRow> rows) {
        return rows.stream().filter(row -> row.lowConfidenceScore() && row.shown() != EffectiveBand.CHURNED)
                .map(row -> new LowConfidenceScore(row.company().id().value(), row.company().name(), row.score(),
                        row.shown(), row.lowConfidence(), row.provisional()))
                .toList();
    }

    /** The hashes of the rule sets that scored the month, the one that scored the most companies first. */
    private static List<String> ruleSets(List<PortfolioRow> rows) {
        Map<String, Long> counts = rows.stream().map(PortfolioRow::rulesHash).filter(java.util.Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private static Distribution distribution(YearMonth month, List<PortfolioRow> rows) {
        return Distribution.of(month, rows.stream().map(PortfolioRow::shown).toList());
    }

    private static List<ScoreDrop> drops(List<PortfolioRow> rows, int threshold) {
        return rows.stream()
                .filter(row -> row.score() != null && row.previousScore() != null && row.shown() != EffectiveBand.CHURNED)
                .filter(row -> row.previousScore() - row.score() >= threshold)
                .map(row -> new ScoreDrop(row.company().id().value(), row.company().name(), row.previousScore(),
                        row.score(), row.shown(), row.drivers(), row.provisional()))
                .sorted(Comparator.comparingInt(ScoreDrop::drop).reversed().thenComparing(ScoreDrop::company))
                .toList();
    }

    private List<ManualChange> manualChanges(YearMonth month) {
        List<ManualChange> changes = new ArrayList<>();
        for (Activity activity : new ActivityRepository(database).manualOf(month)) {
            changes.add(new ManualChange(activity.at(), activity.company().value(), activity.month(),
                    activity.source().label(), activity.author(), activity.note(), activity.from(), activity.to()));
        }
        return changes;
    }

    private static Map<String, PortfolioRow> byCompany(List<PortfolioRow> rows) {
        return rows.stream().collect(Collectors.toMap(row -> row.company().id().value(), Function.identity()));
    }
}
