package io.healthscore.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Request fields the API and the console both read, checked the same way: a bad one is a 400 naming the field. */
public final class Fields {
    private Fields() {
    }

    /** The month in {@code text}, YYYY-MM; null when it is absent or blank. */
    public static YearMonth month(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(field, "'" + text.trim() + "' is not a month; accepted: YYYY-MM, e.g. 2026-10");
        }
    }
}
