package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.store.PortfolioRow;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The companies shown At Risk in the month, longest at risk first, with how many months in a row they have been. */
final class AtRiskList {
    private AtRiskList() {
    }

    static List<AtRiskCompany> of(List<PortfolioRow> current, Map<YearMonth, Map<String, PortfolioRow>> months) {
        return current.stream()
                .filter(row -> row.shown() == EffectiveBand.AT_RISK)
                .map(row -> new AtRiskCompany(row.company().id().value(), row.company().name(), row.company().owner(),
                        row.score(), row.band(), row.overridden(), streak(row, months), row.drivers(),
                        row.provisional()))
                .sorted(Comparator.comparingInt(AtRiskCompany::monthsAtRisk).reversed().thenComparing(AtRiskCompany::company))
                .toList();
    }

    /** Months in a row shown At Risk up to this one, within the months read for the trend. */
    private static int streak(PortfolioRow row, Map<YearMonth, Map<String, PortfolioRow>> months) {
        int streak = 0;
        for (YearMonth month = row.month(); months.containsKey(month); month = month.minusMonths(1)) {
            PortfolioRow then = months.get(month).get(row.company().id().value());
            if (then == null || then.shown() != EffectiveBand.AT_RISK) {
                break;
            }
            streak++;
        }
        return streak;
    }
}
