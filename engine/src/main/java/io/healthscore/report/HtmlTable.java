package io.healthscore.report;

import java.util.ArrayList;
import java.util.List;

/** A table of the HTML report; cells are HTML already escaped by the caller, numeric columns right-aligned. */
final class HtmlTable {
    private final String alignment;
    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    /** {@code alignment} has one letter per column: 'l' for text on one line, 'w' for text that wraps, 'r' for numbers. */
    HtmlTable(String alignment, String... headers) {
        if (headers.length != alignment.length()) {
            throw new IllegalArgumentException(headers.length + " headers for " + alignment.length() + " columns");
        }
        this.alignment = alignment;
        this.headers = headers.clone();
    }

    HtmlTable row(String... cells) {
        if (cells.length != headers.length) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + headers.length
                    + " columns");
        }
        rows.add(cells.clone());
        return this;
    }

    /** The table, or a "none" paragraph when it has no rows. */
    String html() {
        if (rows.isEmpty()) {
            return "<p class=\"none\">none</p>\n";
        }
        StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
        for (int column = 0; column < headers.length; column++) {
            html.append(cell("th", column, Html.escape(headers[column])));
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (String[] row : rows) {
            html.append("<tr>");
            for (int column = 0; column < row.length; column++) {
                html.append(cell("td", column, row[column]));
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private String cell(String tag, int column, String content) {
        String css = switch (alignment.charAt(column)) {
            case 'r' -> " class=\"num\"";
            case 'w' -> " class=\"wrap\"";
            default -> "";
        };
        return "<" + tag + css + ">" + content + "</" + tag + ">";
    }
}
