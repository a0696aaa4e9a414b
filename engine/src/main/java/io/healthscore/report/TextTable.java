package io.healthscore.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells in aligned columns for a terminal, two spaces apart and indented by two; numeric columns are
 * right-aligned. Lines never end in spaces.
 */
final class TextTable {
    private static final String INDENT = "  ";
    private static final String GAP = "  ";

    private final String alignment;
    private final List<String[]> rows = new ArrayList<>();

    /** {@code alignment} has one letter per column: 'l' for left, 'r' for right. */
    TextTable(String alignment) {
        this.alignment = alignment;
    }

    TextTable row(String... cells) {
        if (cells.length != alignment.length()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of "
                    + alignment.length() + " columns");
        }
        rows.add(cells.clone());
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    List<String> lines() {
        int[] widths = new int[alignment.length()];
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        return rows.stream().map(row -> line(row, widths)).toList();
    }

    private String line(String[] row, int[] widths) {
        StringBuilder line = new StringBuilder(INDENT);
        for (int column = 0; column < row.length; column++) {
            String cell = row[column];
            String padding = " ".repeat(widths[column] - cell.length());
            line.append(column == 0 ? "" : GAP);
            line.append(alignment.charAt(column) == 'r' ? padding + cell : cell + padding);
        }
        return line.toString().stripTrailing();
    }
}
