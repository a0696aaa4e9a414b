package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The last months as inline SVG: one column per month (oldest left) stacked by band as shares of the month's
 * companies, Thriving at the bottom; over it the healthy share of the active companies as a line with markers,
 * and the health target as a dashed line, both on the same 0-100% axis; below it the legend. The geometry is
 * worked out here, the markup is {@code report/trend.html}.
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
        BigDecimal slot = BigDecimal.valueOf(WIDTH - LEFT - RIGHT).divide(BigDecimal.valueOf(trend.size()), 2, RoundingMode.HALF_UP);
        BigDecimal column = slot.multiply(new BigDecimal("0.6")).min(BigDecimal.valueOf(MAX_COLUMN));
        List<Column> columns = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < trend.size(); i++) {
            Distribution month = trend.get(i);
            BigDecimal centre = slot.multiply(BigDecimal.valueOf(i)).add(slot.divide(BigDecimal.valueOf(2)))
                    .add(BigDecimal.valueOf(LEFT));
            columns.add(new Column(month.month().toString(), Svg.number(centre),
                    segments(month, centre.subtract(column.divide(BigDecimal.valueOf(2))), column)));
            markers.add(marker(month, centre));
        }
        return ReportTemplates.render("trend", new Chart(WIDTH, HEIGHT, trend.size(), grid(), columns,
                String.join(" ", markers.stream().map(Marker::point).toList()), markers, target(targetPercent),
                BandStyle.all()));
    }

    private static List<GridLine> grid() {
        List<GridLine> lines = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 25) {
            lines.add(new GridLine(Svg.number(height(BigDecimal.valueOf(percent))), percent + "%"));
        }
        return lines;
    }

    /** The month's bands stacked bottom-up, each as tall as its share of the month's companies. */
    private static List<Segment> segments(Distribution month, BigDecimal x, BigDecimal width) {
        List<Segment> segments = new ArrayList<>();
        int below = 0;
        for (EffectiveBand band : EffectiveBand.values()) {
            int count = month.count(band);
            BigDecimal top = BigDecimal.valueOf(BOTTOM).subtract(Svg.scale(below + count, month.total(), PLOT));
            BigDecimal bottom = BigDecimal.valueOf(BOTTOM).subtract(Svg.scale(below, month.total(), PLOT));
            segments.add(new Segment(BandStyle.of(band), count, Svg.number(x), Svg.number(top), Svg.number(width),
                    Svg.number(bottom.subtract(top)), Figures.percent(month.percent(band))));
            below += count;
        }
        return segments;
    }

    private static Marker marker(Distribution month, BigDecimal x) {
        BigDecimal healthy = month.healthyPercent();
        BigDecimal y = height(healthy);
        return new Marker(month.month().toString(), healthy.toPlainString(), Svg.number(x), Svg.number(y),
                Svg.number(y.subtract(BigDecimal.TEN)), Figures.percent(healthy));
    }

    private static TargetLine target(BigDecimal targetPercent) {
        String y = Svg.number(height(targetPercent));
        return new TargetLine(targetPercent.toPlainString(), y, Svg.number(new BigDecimal(y).add(new BigDecimal(4))),
                "target " + Figures.percent(targetPercent));
    }

    /** The y of a percentage on the 0-100% axis. */
    private static BigDecimal height(BigDecimal percent) {
        return BigDecimal.valueOf(BOTTOM).subtract(percent.multiply(BigDecimal.valueOf(PLOT))
                .divide(Percent.HUNDRED, 2, RoundingMode.HALF_UP));
    }

    private record Chart(int width, int height, int months, List<GridLine> grid, List<Column> columns, String line,
            List<Marker> markers, TargetLine target, List<BandStyle> bands) {
    }

    /** A line across the plot at {@code y}, labelled left of the axis. */
    private record GridLine(String y, String label) {
        int x1() {
            return LEFT;
        }

        int x2() {
            return WIDTH - RIGHT;
        }

        int labelX() {
            return LEFT - 8;
        }
    }

    /** A month's column, labelled below the plot at its centre. */
    private record Column(String month, String centre, List<Segment> segments) {
        int labelY() {
            return BOTTOM + 18;
        }
    }

    private record Segment(BandStyle style, int count, String x, String y, String width, String height, String percent) {
    }

    /** The healthy share of a month on the line, labelled just above it. */
    private record Marker(String month, String healthyPercent, String x, String y, String labelY, String label) {
        String point() {
            return x + "," + y;
        }
    }

    /** The target across the plot, labelled right of it. */
    private record TargetLine(String value, String y, String labelY, String label) {
        int x1() {
            return LEFT;
        }

        int x2() {
            return WIDTH - RIGHT;
        }

        int labelX() {
            return WIDTH - RIGHT + 8;
        }
    }
}
