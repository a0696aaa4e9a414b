package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.store.Database;
import io.healthscore.store.PortfolioRepository;
import io.healthscore.store.PortfolioRow;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The companies with their health for a month, as the list view and the report read them. */
public final class Portfolio {
    private final PortfolioRepository portfolio;

    public Portfolio(Database database) {
        this.portfolio = new PortfolioRepository(database);
    }

    /** The latest month with assessments; empty when nothing is scored yet. */
    public Optional<YearMonth> latestMonth() {
        return portfolio.latestMonth();
    }

    /** The latest month assessed or scored to date: what the companies list shows by default. */
    public Optional<YearMonth> latestShownMonth() {
        return portfolio.latestShownMonth();
    }

    /** How many companies the month shows in each band (CHURNED included), as the companies list would count them. */
    public Map<EffectiveBand, Long> bandCounts(YearMonth month) {
        return portfolio.bandCounts(month);
    }

    /** The companies of the month shown in one of {@code bands} and, unless it is null, of {@code segment} (any case). */
    public List<PortfolioRow> companies(YearMonth month, Set<EffectiveBand> bands, String segment) {
        return portfolio.month(month).stream()
                .filter(row -> bands.contains(row.shown()))
                .filter(row -> segment == null || segment.equalsIgnoreCase(row.company().segment()))
                .toList();
    }
}
