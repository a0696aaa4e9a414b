package io.healthscore.whatif;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.RuleSet;
import io.healthscore.scoring.MonthToDate;
import io.healthscore.scoring.Scorer;
import io.healthscore.store.CalibrationRepository.ScoredToDate;
import io.healthscore.store.Database;
import io.healthscore.store.HistoryDepth;
import io.healthscore.store.MonthInputReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores stored provisional month-to-date scores again with other rules, read-only: each on the weeks it used then,
 * with the {@code Provisional} fact, its previous band and history as the store holds them. Finds each company's
 * first AT_RISK one.
 */
public final class ToDateRescoring {
    private final MonthInputReader inputs;
    private final Scorer scorer;
    private final HistoryDepth depth;

    public ToDateRescoring(Database database, RuleSet rules) {
        this.inputs = new MonthInputReader(database);
        this.scorer = new Scorer(rules);
        this.depth = HistoryDepth.of(rules);
    }

    /**
     * The first of {@code scores} (each company's in scoring order) that the rules put in AT_RISK, per company; a
     * score of a month from the company's {@code notAfter} on is not scored, as it cannot come first.
     */
    public List<ScoredToDate> firstAtRisk(List<ScoredToDate> scores, Map<CompanyId, YearMonth> notAfter) {
        List<ScoredToDate> first = new ArrayList<>();
        CompanyId found = null;
        for (ScoredToDate stored : scores) {
            YearMonth limit = notAfter.get(stored.company());
            if (stored.company().equals(found) || limit != null && !stored.month().isBefore(limit)) {
                continue;
            }
            if (band(stored) == Band.AT_RISK) {
                first.add(stored);
                found = stored.company();
            }
        }
        return first;
    }

    private Band band(ScoredToDate stored) {
        List<LocalDate> weeks = WeeklyMetrics.weeksOf(stored.month());
        MonthToDate toDate = new MonthToDate(stored.month(), weeks.subList(0, Math.min(stored.weeks(), weeks.size())),
                stored.monthWeeks());
        CompanyMonth input = inputs.readOne(stored.company(), stored.segment(), stored.month(), depth);
        return scorer.scoreToDate(toDate.complete(input), toDate.fact()).band();
    }
}
