package io.healthscore.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** The calibration report as text: one column per rule set, in force first. */
public final class CalibrationText {
    private final StringBuilder text = new StringBuilder();
    private final CalibrationReport report;
    private final List<CalibrationReport.Side> sides = new ArrayList<>();

    private CalibrationText(CalibrationReport report) {
        this.report = report;
        sides.add(report.inForce());
        if (report.candidate() != null) {
            sides.add(report.candidate());
        }
    }

    public static String render(CalibrationReport report) {
        return new CalibrationText(report).all();
    }

    private String all() {
        text.append("calibration of ").append(report.from()).append(" to ").append(report.to())
                .append(": churn within ").append(report.horizon()).append(" month").append(report.horizon() == 1 ? "" : "s")
                .append(" of an assessment; outcomes known up to ").append(report.latest())
                .append(" (the latest assessed month)\n");
        text.append("outcomes: the store's churn marks").append(report.fileOutcomes() > 0
                ? " and " + report.fileOutcomes() + " from the outcomes file" : "").append('\n');
        if (report.candidate() != null) {
            text.append("rules in force: ").append(report.inForce().rules()).append("; candidate: ")
                    .append(report.candidate().rules()).append('\n');
        }
        figures("all companies", side -> side.all());
        TreeSet<String> segments = new TreeSet<>(report.inForce().segments().keySet());
        if (report.candidate() != null) {
            segments.addAll(report.candidate().segments().keySet());
        }
        for (String segment : segments) {
            figures("segment " + segment, side -> side.segments().get(segment));
        }
        return text.toString();
    }

    private void figures(String title, Function<CalibrationReport.Side, Figures> of) {
        List<Figures> columns = sides.stream().map(of).toList();
        text.append('\n').append("== ").append(title).append(" ==\n");
        if (sides.size() > 1) {
            row("", List.of("rules in force", "candidate"));
        }
        row("assessments", columns, figures -> figures.assessments() + "");
        row("  churned", columns, figures -> figures.churned() + "");
        row("  not churned", columns, figures -> figures.notChurned() + "");
        row("  censored", columns, figures -> figures.censored() + " (outcome not known yet)");
        row("  no score", columns, figures -> figures.unscored() + "");
        text.append("churn by band\n");
        for (int index = 0; index < Calibration.BANDS.size(); index++) {
            int band = index;
            row("  " + Calibration.BANDS.get(band), columns, figures -> figures.bands().get(band).describe());
        }
        text.append("churn by score decile\n");
        for (int index = 0; index < 10; index++) {
            int decile = index;
            row("  " + Calibration.decileName(decile), columns, figures -> figures.deciles().get(decile).describe());
        }
        row("monotonic", columns, figures -> figures.monotonic().describe());
        row("AUC", columns, figures -> figures.auc().describe());
        row("lead time", columns, figures -> figures.leadTimes().describe());
        row("  distribution", columns, figures -> distribution(figures.leadTimes().distribution()));
    }

    private static String distribution(Map<Integer, Long> counts) {
        if (counts.isEmpty()) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((months, companies) -> parts.add(months + " months: " + companies));
        return String.join(", ", parts);
    }

    private void row(String label, List<Figures> columns, Function<Figures, String> cell) {
        row(label, columns.stream().map(figures -> figures == null ? "-" : cell.apply(figures)).toList());
    }

    private void row(String label, List<String> cells) {
        text.append(String.format("%-15s", label));
        for (int index = 0; index < cells.size(); index++) {
            text.append(index == cells.size() - 1 ? cells.get(index) : String.format("%-48s", cells.get(index)));
        }
        text.append('\n');
    }
}
