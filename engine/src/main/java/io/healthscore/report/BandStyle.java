package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a band looks in the HTML report: its fixed colour (Thriving green, Healthy amber, Steady blue, At Risk red,
 * no data grey, Churned black, as the seeds have it) and its name for people. Each colour is used for nothing else,
 * so a test can find a band's bars on a screenshot by their exact colour.
 */
final class BandStyle {
    private static final Map<EffectiveBand, String> COLOURS = new EnumMap<>(Map.of(
            EffectiveBand.THRIVING, "#2e9d4f",
            EffectiveBand.HEALTHY, "#e3a21a",
            EffectiveBand.STEADY, "#3b76c4",
            EffectiveBand.AT_RISK, "#d64541",
            EffectiveBand.NONE, "#9aa0a6",
            EffectiveBand.CHURNED, "#000000"));
    private static final Map<EffectiveBand, String> LABELS = new EnumMap<>(Map.of(
            EffectiveBand.THRIVING, "Thriving",
            EffectiveBand.HEALTHY, "Healthy",
            EffectiveBand.STEADY, "Steady",
            EffectiveBand.AT_RISK, "At Risk",
            EffectiveBand.NONE, "No data",
            EffectiveBand.CHURNED, "Churned"));

    private BandStyle() {
    }

    /** "#2e9d4f": the band's fill colour. */
    static String colour(EffectiveBand band) {
        return COLOURS.get(band);
    }

    static String label(EffectiveBand band) {
        return LABELS.get(band);
    }

    /** "band-THRIVING": the CSS class that carries the colour. */
    static String cssClass(EffectiveBand band) {
        return "band-" + band.name();
    }

    /** One rule per band, for SVG shapes (fill) and HTML swatches (background). */
    static String css() {
        StringBuilder css = new StringBuilder();
        for (EffectiveBand band : EffectiveBand.values()) {
            css.append("rect.").append(cssClass(band)).append("{fill:").append(colour(band)).append("}\n")
                    .append(".swatch.").append(cssClass(band)).append("{background:").append(colour(band)).append("}\n");
        }
        return css.toString();
    }
}
