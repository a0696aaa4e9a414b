package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a band looks in the HTML report: its fixed colour (Thriving green, Healthy amber, Steady blue, At Risk red,
 * no data grey, Churned black, as the seeds have it) and its name for people. Each colour is used for nothing else,
 * so a test can find a band's bars on a screenshot by their exact colour.
 */
record BandStyle(String name, String label, String colour) {
    private static final Map<EffectiveBand, BandStyle> STYLES = new EnumMap<>(Map.of(
            EffectiveBand.THRIVING, new BandStyle("THRIVING", "Thriving", "#2e9d4f"),
            EffectiveBand.HEALTHY, new BandStyle("HEALTHY", "Healthy", "#e3a21a"),
            EffectiveBand.STEADY, new BandStyle("STEADY", "Steady", "#3b76c4"),
            EffectiveBand.AT_RISK, new BandStyle("AT_RISK", "At Risk", "#d64541"),
            EffectiveBand.NONE, new BandStyle("NONE", "No data", "#9aa0a6"),
            EffectiveBand.CHURNED, new BandStyle("CHURNED", "Churned", "#000000")));

    static BandStyle of(EffectiveBand band) {
        return STYLES.get(band);
    }

    /** Every band's style, healthiest first, as the charts and the legend list them. */
    static List<BandStyle> all() {
        return Arrays.stream(EffectiveBand.values()).map(BandStyle::of).toList();
    }

    /** "band-THRIVING": the CSS class that carries the colour. */
    String cssClass() {
        return "band-" + name;
    }
}
