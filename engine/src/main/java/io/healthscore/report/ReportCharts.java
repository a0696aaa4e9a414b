package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;
import java.math.BigDecimal;
import java.util.List;

/**
 * The report's charts and band colours for other pages (the web console), so both draw the same figures in the
 * same colours: inline SVG, and each band's colour and name for people.
 */
public final class ReportCharts {
    private ReportCharts() {
    }

    /** The month's distribution as the report's horizontal bar chart. */
    public static String distribution(Distribution distribution) {
        return DistributionChart.svg(distribution);
    }

    /** The report's trend chart: bands stacked per month, the healthy share and the target. */
    public static String trend(List<Distribution> trend, BigDecimal targetPercent) {
        return TrendChart.svg(trend, targetPercent);
    }

    /** The band's fixed colour, e.g. "#d64541" for AT_RISK. */
    public static String colour(EffectiveBand band) {
        return BandStyle.of(band).colour();
    }

    /** The band's name for people, e.g. "At Risk". */
    public static String label(EffectiveBand band) {
        return BandStyle.of(band).label();
    }

    /** "57.5%", as the report writes a share. */
    public static String percent(BigDecimal value) {
        return Figures.percent(value);
    }
}
