package io.healthscore.console;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.report.ReportCharts;
import java.util.ArrayList;
import java.util.List;

/**
 * A company's score and band over its months as inline SVG: the score as a line on a 0-100 axis, each month a
 * point in the colour of the band it was shown in, and below the plot a strip of the months' bands. A month
 * without data has no point, only its strip. Geometry here, markup in {@code console/score-chart.html}.
 */
final class ScoreChart {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 250;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int PLOT = 160;
    private static final int STRIP = 14;

    private ScoreChart() {
    }

    /** {@code months} oldest first. */
    static String svg(String company, List<Assessment> months) {
        double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, months.size());
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Assessment month = months.get(i);
            EffectiveBand band = EffectiveBand.of(month.effectiveBand());
            double centre = LEFT + slot * i + slot / 2;
            Integer score = month.score();
            points.add(new Point(month.month().toString(), score, Chip.of(band), ReportCharts.colour(band),
                    round(centre), score == null ? null : round(y(score)), round(centre - slot / 2 + 2),
                    round(slot - 4), score == null ? null : round(y(score) - 9)));
        }
        String line = String.join(" ", points.stream().filter(point -> point.score() != null)
                .map(point -> point.x() + "," + point.y()).toList());
        List<Grid> grid = new ArrayList<>();
        for (int score = 0; score <= 100; score += 25) {
            grid.add(new Grid(round(y(score)), Integer.toString(score)));
        }
        return Templates.render("score-chart", new Chart(WIDTH, HEIGHT, company, months.size(), grid, line, points));
    }

    private static double y(int score) {
        return TOP + PLOT - score * PLOT / 100.0;
    }

    private static String round(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }

    private record Chart(int width, int height, String company, int months, List<Grid> grid, String line,
            List<Point> points) {
        int left() {
            return LEFT;
        }

        int right() {
            return WIDTH - RIGHT;
        }

        int stripY() {
            return TOP + PLOT + 12;
        }

        int stripHeight() {
            return STRIP;
        }

        int monthY() {
            return TOP + PLOT + 12 + STRIP + 16;
        }

        int axisX() {
            return LEFT - 8;
        }
    }

    private record Grid(String y, String label) {
    }

    /** A month: its point (none without a score), its strip below the plot and its label. */
    private record Point(String month, Integer score, Chip chip, String colour, String x, String y, String stripX,
            String stripWidth, String valueY) {
        boolean hasScore() {
            return score != null;
        }
    }
}
