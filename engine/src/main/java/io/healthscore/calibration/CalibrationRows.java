package io.healthscore.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** The report's figures as labelled rows, one cell per rule set (in force first): what text and HTML show. */
final class CalibrationRows {
    record Row(String label, List<String> cells) {
    }

    record Table(String id, String title, List<String> header, List<Row> rows) {
    }

    private CalibrationRows() {
    }

    static List<CalibrationReport.Side> sides(CalibrationReport report) {
        return report.candidate() == null ? List.of(report.inForce()) : List.of(report.inForce(), report.candidate());
    }

    static String outcomesLine(CalibrationReport report) {
        String outcomes = "outcomes: the store's churn marks" + (report.fileOutcomes() > 0
                ? " and " + report.fileOutcomes() + " from the outcomes file" : "");
        if (report.candidate() == null) {
            return outcomes;
        }
        return outcomes + "; rules in force " + report.inForce().rules() + ", candidate " + report.candidate().rules();
    }

    static List<Table> tables(CalibrationReport report) {
        List<Table> tables = new ArrayList<>();
        tables.add(table(report, "all", "all companies", CalibrationReport.Side::all));
        TreeSet<String> segments = new TreeSet<>();
        sides(report).forEach(side -> segments.addAll(side.segments().keySet()));
        for (String segment : segments) {
            tables.add(table(report, "segment-" + segment, "segment " + segment, side -> side.segments().get(segment)));
        }
        return tables;
    }

    private static Table table(CalibrationReport report, String id, String title,
            Function<CalibrationReport.Side, Figures> of) {
        List<Figures> columns = sides(report).stream().map(of).toList();
        List<Row> rows = new ArrayList<>();
        rows.add(row("assessments", columns, figures -> figures.assessments() + ""));
        rows.add(row("  churned", columns, figures -> figures.churned() + ""));
        rows.add(row("  not churned", columns, figures -> figures.notChurned() + ""));
        rows.add(row("  censored", columns, figures -> figures.censored() + " (outcome not known yet)"));
        rows.add(row("  no score", columns, figures -> figures.unscored() + ""));
        rows.add(new Row("churn by band", List.of()));
        for (int index = 0; index < Calibration.BANDS.size(); index++) {
            int band = index;
            rows.add(row("  " + Calibration.BANDS.get(band), columns, figures -> figures.bands().get(band).describe()));
        }
        rows.add(new Row("churn by score decile", List.of()));
        for (int index = 0; index < 10; index++) {
            int decile = index;
            rows.add(row("  " + Calibration.decileName(decile), columns,
                    figures -> figures.deciles().get(decile).describe()));
        }
        rows.add(row("monotonic", columns, figures -> figures.monotonic().describe()));
        rows.add(row("AUC", columns, figures -> figures.auc().describe()));
        rows.add(row("lead time", columns, figures -> figures.leadTimes().describe()));
        rows.add(row("  unwarned", columns, figures -> figures.leadTimes().unwarned().size()
                + " churned, never AT_RISK before"));
        rows.add(row("  provisional", columns, figures -> figures.leadTimes().provisionalFirst().size()
                + " churned, first AT_RISK on a provisional score"));
        rows.add(row("  distribution", columns, figures -> distribution(figures.leadTimes().distribution())));
        List<String> header = report.candidate() == null ? List.of() : List.of("rules in force", "candidate");
        return new Table(id, title, header, rows);
    }

    private static String distribution(Map<Integer, Long> counts) {
        if (counts.isEmpty()) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((months, companies) -> parts.add(months + " months: " + companies));
        return String.join(", ", parts);
    }

    private static Row row(String label, List<Figures> columns, Function<Figures, String> cell) {
        return new Row(label, columns.stream().map(figures -> figures == null ? "-" : cell.apply(figures)).toList());
    }
}
