package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The last months as inline SVG: one column per month (oldest left) stacked by band as shares of the month's
 * companies, Thriving at the bottom; over it the healthy share of the active companies as a line with markers,
 * and the health target as a dashed line, both on the same 0-100% axis.
 */
final class TrendChart {
    static final int WIDTH = 960;
    private static final int HEIGHT = 300;
    private static final int LEFT = 56;
    private static final int RIGHT = 130;
    private static final int TOP = 20;
    private static final int PLOT = 220;
    private static final int BOTTOM = TOP + PLOT;
    private static final int MAX_COLUMN = 64;

    private TrendChart() {
    }

    static String svg(List<Distribution> trend, BigDecimal targetPercent) {
        StringBuilder svg = new StringBuilder("<svg id=\"trend-chart\" class=\"chart\" width=\"" + WIDTH + "\" height=\""
                + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\"Companies by band,"
                + " last " + trend.size() + " months\">\n");
        grid(svg);
        BigDecimal slot = BigDecimal.valueOf(WIDTH - LEFT - RIGHT).divide(BigDecimal.valueOf(trend.size()), 2, RoundingMode.HALF_UP);
        BigDecimal column = slot.multiply(new BigDecimal("0.6")).min(BigDecimal.valueOf(MAX_COLUMN));
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < trend.size(); i++) {
            BigDecimal centre = slot.multiply(BigDecimal.valueOf(i)).add(slot.divide(BigDecimal.valueOf(2)))
                    .add(BigDecimal.valueOf(LEFT));
            column(svg, trend.get(i), centre.subtract(column.divide(BigDecimal.valueOf(2))), column);
            svg.append(Svg.text(Svg.number(centre), Integer.toString(BOTTOM + 18), "middle", "axis",
                    trend.get(i).month().toString()));
            points.add(new Point(centre, height(trend.get(i).healthyPercent())));
        }
        healthyShare(svg, trend, points);
        target(svg, targetPercent);
        return svg.append("</svg>\n").toString();
    }

    private static void grid(StringBuilder svg) {
        for (int percent = 0; percent <= 100; percent += 25) {
            String y = Svg.number(height(BigDecimal.valueOf(percent)));
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>\n");
            svg.append(Svg.text(Integer.toString(LEFT - 8), y, "end", "axis", percent + "%"));
        }
    }

    /** The month's bands stacked bottom-up, each as tall as its share of the month's companies. */
    private static void column(StringBuilder svg, Distribution month, BigDecimal x, BigDecimal width) {
        svg.append("<g data-month=\"").append(month.month()).append("\">\n");
        int below = 0;
        for (EffectiveBand band : EffectiveBand.values()) {
            int count = month.count(band);
            BigDecimal top = BigDecimal.valueOf(BOTTOM).subtract(Svg.scale(below + count, month.total(), PLOT));
            BigDecimal bottom = BigDecimal.valueOf(BOTTOM).subtract(Svg.scale(below, month.total(), PLOT));
            svg.append("<rect class=\"").append(BandStyle.cssClass(band)).append("\" data-month=\"").append(month.month())
                    .append("\" data-band=\"").append(band.name()).append("\" data-count=\"").append(count)
                    .append("\" x=\"").append(Svg.number(x)).append("\" y=\"").append(Svg.number(top))
                    .append("\" width=\"").append(Svg.number(width)).append("\" height=\"")
                    .append(Svg.number(bottom.subtract(top))).append("\" fill=\"").append(BandStyle.colour(band))
                    .append("\"><title>").append(month.month()).append(' ').append(BandStyle.label(band)).append(": ")
                    .append(count).append(" (").append(Figures.percent(month.percent(band))).append(")</title></rect>\n");
            below += count;
        }
        svg.append("</g>\n");
    }

    private static void healthyShare(StringBuilder svg, List<Distribution> trend, List<Point> points) {
        svg.append("<polyline class=\"healthy-line\" points=\"")
                .append(String.join(" ", points.stream().map(Point::text).toList())).append("\"/>\n");
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            BigDecimal healthy = trend.get(i).healthyPercent();
            svg.append("<circle class=\"healthy-point\" data-month=\"").append(trend.get(i).month())
                    .append("\" data-healthy-percent=\"").append(healthy.toPlainString()).append("\" cx=\"")
                    .append(Svg.number(point.x())).append("\" cy=\"").append(Svg.number(point.y())).append("\" r=\"4\"/>\n");
            svg.append(Svg.text(Svg.number(point.x()), Svg.number(point.y().subtract(BigDecimal.TEN)), "middle",
                    "point-label", Figures.percent(healthy)));
        }
    }

    private static void target(StringBuilder svg, BigDecimal targetPercent) {
        String y = Svg.number(height(targetPercent));
        svg.append("<line class=\"target-line\" data-target=\"").append(targetPercent.toPlainString()).append("\" x1=\"")
                .append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(y).append("\" y2=\"")
                .append(y).append("\"/>\n");
        svg.append(Svg.text(Integer.toString(WIDTH - RIGHT + 8), Svg.number(new BigDecimal(y).add(new BigDecimal(4))),
                "start", "target-label", "target " + Figures.percent(targetPercent)));
    }

    /** The y of a percentage on the 0-100% axis. */
    private static BigDecimal height(BigDecimal percent) {
        return BigDecimal.valueOf(BOTTOM).subtract(percent.multiply(BigDecimal.valueOf(PLOT))
                .divide(Percent.HUNDRED, 2, RoundingMode.HALF_UP));
    }

    private record Point(BigDecimal x, BigDecimal y) {
        String text() {
            return Svg.number(x) + "," + Svg.number(y);
        }
    }
}
