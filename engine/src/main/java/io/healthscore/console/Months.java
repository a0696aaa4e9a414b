package io.healthscore.console;

import io.healthscore.web.ProblemException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A month given in a query or form field, YYYY-MM. */
final class Months {
    private Months() {
    }

    /** The month in {@code text}; null when it is empty; a 400 naming the field when it is not a month. */
    static YearMonth parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(field, "'" + text.trim() + "' is not a month; accepted: YYYY-MM, e.g. 2026-10");
        }
    }

    /**
     * The last month of an override from {@code from}: null when {@code text} is empty; throws saying what is
     * accepted when it is not a month or before {@code from}.
     */
    static YearMonth until(String text, YearMonth from) {
        if (text.isEmpty()) {
            return null;
        }
        YearMonth until;
        try {
            until = YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a month; accepted: YYYY-MM, e.g. "
                    + from.plusMonths(1) + ", or empty");
        }
        if (until.isBefore(from)) {
            throw new IllegalArgumentException(until + " is before " + from + ", the month the override starts (the"
                    + " latest assessed month); accepted: " + from + " or later, or empty");
        }
        return until;
    }
}
