package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.store.PortfolioRow;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The companies the month after the report's shows At Risk on a provisional score while the report's month does
 * not, lowest score first. The provisional rows only: a company the next month has an assessment of is not news.
 */
final class EarlyWarnings {
    private EarlyWarnings() {
    }

    static List<EarlyWarning> of(List<PortfolioRow> next, Map<String, PortfolioRow> reported) {
        return next.stream()
                .filter(row -> row.isProvisional() && row.shown() == EffectiveBand.AT_RISK)
                .filter(row -> shownIn(reported, row) != EffectiveBand.AT_RISK)
                .map(row -> new EarlyWarning(row.company().id().value(), row.company().name(), row.company().owner(),
                        row.score(), row.shown(), row.provisional(), shownIn(reported, row)))
                .sorted(Comparator.comparing(EarlyWarning::score, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(EarlyWarning::company))
                .toList();
    }

    /** The band the report's month shows the company in; null when it is not in that month. */
    private static EffectiveBand shownIn(Map<String, PortfolioRow> reported, PortfolioRow next) {
        PortfolioRow row = reported.get(next.company().id().value());
        return row == null ? null : row.shown();
    }
}
