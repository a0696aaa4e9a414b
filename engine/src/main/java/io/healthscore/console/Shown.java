package io.healthscore.console;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the console writes numbers and times, as the report does: "70.5", "+11", "2026-10-14 09:30" (UTC). */
final class Shown {
    static final String MISSING = "-";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private Shown() {
    }

    static String decimal(BigDecimal value) {
        if (value == null) {
            return MISSING;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String number(Integer value) {
        return value == null ? MISSING : value.toString();
    }

    static String signed(Integer value) {
        if (value == null) {
            return MISSING;
        }
        return value > 0 ? "+" + value : Integer.toString(value);
    }

    static String minute(Instant at) {
        return at == null ? MISSING : MINUTE.format(at) + " UTC";
    }

    static String orMissing(String text) {
        return text == null || text.isBlank() ? MISSING : text;
    }
}
