package io.healthscore.calibration;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The calibration charts as inline SVG: churn rate by band with each Wilson interval as a line (a band with too
 * few outcomes is a grey stub labelled so), and the count of churned companies at each lead time. Rule sets stand
 * side by side, in force first. Each bar carries its figures as data- attributes.
 */
final class CalibrationCharts {
    private static final int TOP = 20;
    private static final int PLOT = 200;
    private static final int BOTTOM = TOP + PLOT;
    private static final int BAR = 36;
    private static final String[] SIDE_CLASSES = {"in-force", "candidate"};

    private CalibrationCharts() {
    }

    static String bands(CalibrationReport report) {
        List<CalibrationReport.Side> sides = CalibrationRows.sides(report);
        int group = sides.size() * (BAR + 4) + 40;
        int width = 60 + Calibration.BANDS.size() * group;
        StringBuilder svg = open("band-chart", width, "Churn rate by band with 95% intervals");
        axis(svg, width);
        for (int band = 0; band < Calibration.BANDS.size(); band++) {
            int x0 = 60 + band * group;
            for (int side = 0; side < sides.size(); side++) {
                Rate rate = sides.get(side).all().bands().get(band);
                int x = x0 + side * (BAR + 4);
                String data = " data-band=\"" + rate.name() + "\" data-side=\"" + SIDE_CLASSES[side]
                        + "\" data-churned=\"" + rate.churned() + "\" data-known=\"" + rate.known() + "\"";
                if (rate.tooFew()) {
                    svg.append("<rect class=\"too-few\"").append(data).append(" data-too-few=\"true\" x=\"").append(x)
                            .append("\" y=\"").append(BOTTOM - 4).append("\" width=\"").append(BAR)
                            .append("\" height=\"4\"><title>").append(rate.name()).append(": ").append(rate.describe())
                            .append("</title></rect>\n");
                    svg.append("<text class=\"value\" x=\"").append(x + BAR / 2).append("\" y=\"").append(BOTTOM - 8)
                            .append("\" text-anchor=\"middle\">too few</text>\n");
                    continue;
                }
                Wilson interval = rate.interval();
                double height = rate.share() * PLOT;
                svg.append("<rect class=\"").append(SIDE_CLASSES[side]).append('"').append(data)
                        .append(" data-share=\"").append(number(rate.share(), 4)).append("\" data-low=\"")
                        .append(number(interval.low(), 4)).append("\" data-high=\"").append(number(interval.high(), 4))
                        .append("\" x=\"").append(x).append("\" y=\"").append(number(BOTTOM - height, 1))
                        .append("\" width=\"").append(BAR).append("\" height=\"").append(number(height, 1))
                        .append("\"><title>").append(rate.name()).append(": ").append(rate.describe())
                        .append("</title></rect>\n");
                svg.append("<line class=\"interval\" x1=\"").append(x + BAR / 2).append("\" x2=\"").append(x + BAR / 2)
                        .append("\" y1=\"").append(number(BOTTOM - interval.high() * PLOT, 1)).append("\" y2=\"")
                        .append(number(BOTTOM - interval.low() * PLOT, 1)).append("\"/>\n");
            }
            svg.append("<text class=\"axis\" x=\"").append(x0 + sides.size() * (BAR + 4) / 2).append("\" y=\"")
                    .append(BOTTOM + 16).append("\" text-anchor=\"middle\">").append(Calibration.BANDS.get(band))
                    .append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    static String leadTimes(CalibrationReport report) {
        List<CalibrationReport.Side> sides = CalibrationRows.sides(report);
        int longest = 0;
        long most = 1;
        for (CalibrationReport.Side side : sides) {
            for (Map.Entry<Integer, Long> entry : side.all().leadTimes().distribution().entrySet()) {
                longest = Math.max(longest, entry.getKey());
                most = Math.max(most, entry.getValue());
            }
        }
        int group = sides.size() * (BAR + 4) + 20;
        int width = 60 + (longest + 1) * group;
        StringBuilder svg = open("lead-time-chart", width, "Churned companies by months from first AT_RISK to churn");
        for (int months = 0; months <= longest; months++) {
            int x0 = 60 + months * group;
            for (int side = 0; side < sides.size(); side++) {
                long count = sides.get(side).all().leadTimes().distribution().getOrDefault(months, 0L);
                double height = (double) count * PLOT / most;
                int x = x0 + side * (BAR + 4);
                svg.append("<rect class=\"lead ").append(SIDE_CLASSES[side]).append("\" data-side=\"")
                        .append(SIDE_CLASSES[side]).append("\" data-months=\"").append(months)
                        .append("\" data-count=\"").append(count).append("\" x=\"").append(x).append("\" y=\"")
                        .append(number(BOTTOM - height, 1)).append("\" width=\"").append(BAR).append("\" height=\"")
                        .append(number(height, 1)).append("\"><title>").append(months).append(" months: ").append(count)
                        .append("</title></rect>\n");
                svg.append("<text class=\"value\" x=\"").append(x + BAR / 2).append("\" y=\"")
                        .append(number(BOTTOM - height - 4, 1)).append("\" text-anchor=\"middle\">").append(count)
                        .append("</text>\n");
            }
            svg.append("<text class=\"axis\" x=\"").append(x0 + sides.size() * (BAR + 4) / 2).append("\" y=\"")
                    .append(BOTTOM + 16).append("\" text-anchor=\"middle\">").append(months).append(" mo</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder open(String id, int width, String label) {
        int height = BOTTOM + 30;
        return new StringBuilder("<svg id=\"").append(id).append("\" class=\"chart\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(label).append("\">\n");
    }

    private static void axis(StringBuilder svg, int width) {
        for (int percent = 0; percent <= 100; percent += 50) {
            double y = BOTTOM - percent * PLOT / 100.0;
            svg.append("<line x1=\"50\" x2=\"").append(width).append("\" y1=\"").append(number(y, 1)).append("\" y2=\"")
                    .append(number(y, 1)).append("\" stroke=\"#e0e0e0\"/>\n");
            svg.append("<text class=\"axis\" x=\"44\" y=\"").append(number(y + 4, 1)).append("\" text-anchor=\"end\">")
                    .append(percent).append("%</text>\n");
        }
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
