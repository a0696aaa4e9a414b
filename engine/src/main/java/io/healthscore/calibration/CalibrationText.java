package io.healthscore.calibration;

import java.util.List;

/** The calibration report as text: one column per rule set, in force first. */
public final class CalibrationText {
    private CalibrationText() {
    }

    public static String render(CalibrationReport report) {
        StringBuilder text = new StringBuilder();
        text.append("calibration of ").append(report.from()).append(" to ").append(report.to())
                .append(": churn within ").append(report.horizon()).append(" month")
                .append(report.horizon() == 1 ? "" : "s").append(" of an assessment; outcomes known up to ")
                .append(report.latest()).append(" (the latest assessed month)\n");
        text.append(CalibrationRows.outcomesLine(report)).append('\n');
        for (CalibrationRows.Table table : CalibrationRows.tables(report)) {
            text.append('\n').append("== ").append(table.title()).append(" ==\n");
            // a column as wide as its longest cell: the rule set's figures line up however long a statement is
            int width = table.rows().stream().filter(row -> !row.cells().isEmpty())
                    .mapToInt(row -> row.cells().get(0).length()).max().orElse(0) + 2;
            if (!table.header().isEmpty()) {
                row(text, "", table.header(), width);
            }
            table.rows().forEach(row -> row(text, row.label(), row.cells(), width));
        }
        return text.toString();
    }

    private static void row(StringBuilder text, String label, List<String> cells, int width) {
        StringBuilder line = new StringBuilder(String.format("%-15s", label));
        for (int index = 0; index < cells.size(); index++) {
            line.append(index == cells.size() - 1 ? cells.get(index) : String.format("%-" + width + "s", cells.get(index)));
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }
}
