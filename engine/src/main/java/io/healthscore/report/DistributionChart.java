package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The month's distribution as a horizontal bar chart in inline SVG: one bar per band, healthiest on top, each as
 * long as its count against the largest one, labelled with count and percent. Bars carry data-band and data-count.
 * The geometry is worked out here, the markup is {@code report/distribution.html}.
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
        List<Bar> bars = new ArrayList<>();
        for (EffectiveBand band : EffectiveBand.values()) {
            BigDecimal width = Svg.scale(distribution.count(band), largest, BAR_SPACE);
            bars.add(new Bar(BandStyle.of(band), distribution.count(band), Figures.percent(distribution.percent(band)),
                    TOP + band.ordinal() * ROW, Svg.number(width), Svg.number(width.add(BigDecimal.valueOf(LABEL_WIDTH + 8)))));
        }
        return ReportTemplates.render("distribution", new Chart(WIDTH, TOP * 2 + ROW * EffectiveBand.values().length,
                distribution.month().toString(), bars));
    }

    private record Chart(int width, int height, String month, List<Bar> bars) {
    }

    /** A band's bar at {@code y}, its label left of it and its count and share right of its end. */
    private record Bar(BandStyle style, int count, String percent, int y, String width, String valueX) {
        int x() {
            return LABEL_WIDTH;
        }

        int height() {
            return BAR_HEIGHT;
        }

        int labelX() {
            return LABEL_WIDTH - 10;
        }

        int textY() {
            return y + 15;
        }
    }
}
