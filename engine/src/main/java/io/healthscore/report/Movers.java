package io.healthscore.report;

import io.healthscore.store.PortfolioRow;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The companies whose shown band moved up or down a rank against the month before. Entering from no data or
 * leaving for it, and churning, are not moves: those bands have no rank.
 */
final class Movers {
    private Movers() {
    }

    static List<Mover> of(List<PortfolioRow> current, Map<String, PortfolioRow> previous) {
        return current.stream()
                .map(row -> mover(row, previous.get(row.company().id().value())))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt((Mover mover) -> -Math.abs(mover.to().rank() - mover.from().rank()))
                        .thenComparing(Mover::company))
                .toList();
    }

    private static Mover mover(PortfolioRow row, PortfolioRow before) {
        if (before == null || row.shown().rank() == 0 || before.shown().rank() == 0
                || row.shown().rank() == before.shown().rank()) {
            return null;
        }
        return new Mover(row.company().id().value(), row.company().name(), row.company().owner(), before.shown(),
                row.shown(), row.score(), before.score(), row.drivers(), row.overridden() ? "override" : "automatic",
                row.provisional());
    }
}
