package io.healthscore.cli;

import java.math.BigDecimal;

/** How the text tables show a cell: a missing value as "-", a change of score signed. */
final class Cells {
    private Cells() {
    }

    /** "-" for null; a decimal as written (82.5), anything else as its text. */
    static String orDash(Object value) {
        return value == null ? "-" : value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /** +16, -3, 0; "-" for null. */
    static String signed(Integer change) {
        return change == null ? "-" : change > 0 ? "+" + change : change.toString();
    }
}
