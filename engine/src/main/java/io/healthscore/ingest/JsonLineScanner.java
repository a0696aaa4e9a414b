package io.healthscore.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Recognises a clean JSON Lines record in bytes: one flat object of the known fields in any order, each at most
 * once, blanks (space, tab) between tokens, plain strings (company id, {@code YYYY-MM-DD} Monday), plain numbers
 * in range with at most 6 decimals, nps a number or null or absent. Such a line is one the existing reader
 * accepts with the same values; it goes to the sink. Any other line is left to the existing reader.
 */
final class JsonLineScanner {
    private static final byte[] COMPANY = key("company");
    private static final byte[] WEEK = key("week");
    private static final byte[] LOGIN = key("login");
    private static final byte[] ADOPTION = key("adoption");
    private static final byte[] NPS = key("nps");
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private final TokenCursor cursor = new TokenCursor();
    private final CleanRecord record = new CleanRecord();
    private final MetricsSink sink;

    JsonLineScanner(MetricsSink sink) {
        this.sink = sink;
    }

    /** Where the next line starts when the line at {@code from} is clean (and given to the sink), else -1. */
    int scan(byte[] bytes, int from, long line) {
        cursor.start(bytes, from);
        record.clear();
        if (cursor.skipBlanks() != '{') {
            return -1;
        }
        byte after;
        do {
            cursor.advance();
            if (cursor.skipBlanks() != '"' || !field()) {
                return -1;
            }
            after = cursor.skipBlanks();
        } while (after == ',');
        if (after != '}' || !record.complete()) {
            return -1;
        }
        cursor.advance();
        int next = LineEnds.afterBlanks(bytes, cursor.position());
        if (next >= 0) {
            record.deliver(sink, line);
        }
        return next;
    }

    /** Reads {@code "name": value} of a known field not seen before on this line. */
    private boolean field() {
        cursor.advance();
        int field = name();
        if (field == 0 || cursor.skipBlanks() != ':') {
            return false;
        }
        cursor.advance();
        cursor.skipBlanks();
        return switch (field) {
            case CleanRecord.COMPANY -> quoted() && record.company(cursor.companyId()) && quoted();
            case CleanRecord.WEEK -> quoted() && record.week(cursor.monday()) && quoted();
            case CleanRecord.NPS -> cursor.skip(NULL) ? record.nps(MetricsSink.NO_NPS) : record.nps(cursor.decimal());
            default -> record.percent(field, cursor.decimal());
        };
    }

    /** The field whose name and closing quote are here, or 0. */
    private int name() {
        return switch (cursor.current()) {
            case 'c' -> cursor.skip(COMPANY) ? CleanRecord.COMPANY : 0;
            case 'w' -> cursor.skip(WEEK) ? CleanRecord.WEEK : 0;
            case 'l' -> cursor.skip(LOGIN) ? CleanRecord.LOGIN : 0;
            case 'a' -> cursor.skip(ADOPTION) ? CleanRecord.ADOPTION : 0;
            case 'n' -> cursor.skip(NPS) ? CleanRecord.NPS : 0;
            default -> 0;
        };
    }

    private boolean quoted() {
        if (cursor.current() != '"') {
            return false;
        }
        cursor.advance();
        return true;
    }

    private static byte[] key(String name) {
        return (name + "\"").getBytes(StandardCharsets.US_ASCII);
    }
}
