package io.healthscore.console;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** The until month of the set-status form. */
final class Months {
    private Months() {
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
