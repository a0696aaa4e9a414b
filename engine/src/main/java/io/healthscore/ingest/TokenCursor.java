package io.healthscore.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Reads the values of a clean record out of a line's bytes, in the narrowest forms only. A reader that meets a
 * byte it does not expect stops there and answers "not clean"; the line then goes to the existing reader, which
 * decides. Readers stop at the first unexpected byte, so they never pass the line's terminator. One per thread.
 */
final class TokenCursor {
    /** Not a plain decimal in the narrow form: the existing reader decides. */
    static final long NOT_CLEAN = Long.MAX_VALUE;
    static final int MAX_COMPANY_ID = 64;
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    private static final boolean[] COMPANY_ID = companyIdBytes();

    private final MondayCache mondays = new MondayCache();
    private byte[] bytes;
    private int at;

    void start(byte[] line, int from) {
        bytes = line;
        at = from;
    }

    byte current() {
        return bytes[at];
    }

    /** Past the current byte; never called on a line's terminator. */
    void advance() {
        at++;
    }

    int position() {
        return at;
    }

    /** Skips JSON blanks (space, tab) and answers the byte after them. */
    byte skipBlanks() {
        byte current = bytes[at];
        while (current == ' ' || current == '\t') {
            current = bytes[++at];
        }
        return current;
    }

    /** True, past them, when the bytes here are {@code expected}. */
    boolean skip(byte[] expected) {
        for (int index = 0; index < expected.length; index++) {
            if (bytes[at + index] != expected[index]) {
                return false;
            }
        }
        at += expected.length;
        return true;
    }

    /** 1-64 bytes of {@code A-Z a-z 0-9 . _ -}, or null; a loop instead of CompanyId's regular expression. */
    String companyId() {
        int from = at;
        while (COMPANY_ID[bytes[at] & 0xFF]) {
            at++;
        }
        int length = at - from;
        return length == 0 || length > MAX_COMPANY_ID ? null : new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    }

    /** The epoch day of a Monday written {@code YYYY-MM-DD}, or {@link MondayCache#NOT_A_MONDAY}. */
    long monday() {
        int year = digits(4);
        int month = year >= 0 && skipDash() ? digits(2) : -1;
        int day = month >= 0 && skipDash() ? digits(2) : -1;
        return day < 0 ? MondayCache.NOT_A_MONDAY : mondays.epochDay(year, month, day);
    }

    /**
     * {@code -?(0|[1-9][0-9]{0,2})(\.[0-9]{1,6})?} as an unscaled value at scale 6, or {@link #NOT_CLEAN}. A
     * longer number stops early on a digit, which no caller accepts as the end of a value.
     */
    long decimal() {
        boolean negative = bytes[at] == '-';
        if (negative) {
            at++;
        }
        int whole = digit(bytes[at]);
        if (whole < 0) {
            return NOT_CLEAN;
        }
        at++;
        for (int count = 1; whole != 0 && count < 3 && digit(bytes[at]) >= 0; count++) {
            whole = whole * 10 + digit(bytes[at++]);
        }
        long fraction = 0;
        int decimals = 0;
        if (bytes[at] == '.') {
            at++;
            for (; decimals < MetricsSink.SCALE && digit(bytes[at]) >= 0; decimals++) {
                fraction = fraction * 10 + digit(bytes[at++]);
            }
            if (decimals == 0) {
                return NOT_CLEAN;
            }
        }
        long value = whole * POWERS[MetricsSink.SCALE] + fraction * POWERS[MetricsSink.SCALE - decimals];
        return negative ? -value : value;
    }

    private int digits(int count) {
        int value = 0;
        for (int index = 0; index < count; index++) {
            int digit = digit(bytes[at]);
            if (digit < 0) {
                return -1;
            }
            value = value * 10 + digit;
            at++;
        }
        return value;
    }

    private boolean skipDash() {
        if (bytes[at] != '-') {
            return false;
        }
        at++;
        return true;
    }

    private static int digit(byte value) {
        int digit = value - '0';
        return digit >= 0 && digit <= 9 ? digit : -1;
    }

    private static boolean[] companyIdBytes() {
        boolean[] accepted = new boolean[256];
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-".chars().forEach(c -> accepted[c] = true);
        return accepted;
    }
}
