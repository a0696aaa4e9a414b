package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;
import java.math.BigDecimal;

/**
 * The month's distribution as a horizontal bar chart in inline SVG: one bar per band, healthiest on top, each as
 * long as its count against the largest one, labelled with count and percent. Bars carry data-band and data-count.
 */
final class DistributionChart {
    static final int WIDTH = 960;
    private static final int LABEL_WIDTH = 120;
    private static final int BAR_SPACE = 680;
    private static final int ROW = 30;
    private static final int BAR_HEIGHT = 20;
    private static final int TOP = 6;

    private DistributionChart() {
    }

    static String svg(Distribution distribution) {
        int largest = distribution.counts().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int height = TOP * 2 + ROW * EffectiveBand.values().length;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"distribution-chart\" class=\"chart\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"Companies by band in ").append(distribution.month()).append("\">\n");
        for (EffectiveBand band : EffectiveBand.values()) {
            int y = TOP + band.ordinal() * ROW;
            BigDecimal width = Svg.scale(distribution.count(band), largest, BAR_SPACE);
            svg.append(Svg.text(Integer.toString(LABEL_WIDTH - 10), Integer.toString(y + 15), "end", "axis",
                    BandStyle.label(band)));
            svg.append(bar(band, distribution.count(band), y, width));
            svg.append(Svg.text(Svg.number(width.add(BigDecimal.valueOf(LABEL_WIDTH + 8))), Integer.toString(y + 15),
                    "start", "value", distribution.count(band) + " · " + Figures.percent(distribution.percent(band))));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String bar(EffectiveBand band, int count, int y, BigDecimal width) {
        return "<rect class=\"" + BandStyle.cssClass(band) + "\" data-band=\"" + band.name() + "\" data-count=\"" + count
                + "\" x=\"" + LABEL_WIDTH + "\" y=\"" + y + "\" width=\"" + Svg.number(width) + "\" height=\"" + BAR_HEIGHT
                + "\" fill=\"" + BandStyle.colour(band) + "\"><title>" + BandStyle.label(band) + ": " + count + "</title></rect>\n";
    }
}
