package io.healthscore.ingest;

/**
 * The fields of the clean record being scanned, each checked as it is set: a setter answers false for a value
 * the fast path does not accept (or a field seen twice), and the scanner then leaves the line to the existing
 * reader. One per scanner, reused line after line.
 */
final class CleanRecord {
    static final int COMPANY = 1;
    static final int WEEK = 2;
    static final int LOGIN = 4;
    static final int ADOPTION = 8;
    static final int NPS = 16;
    private static final int REQUIRED = COMPANY | WEEK | LOGIN | ADOPTION;
    private static final long HUNDRED = 100L * 1_000_000;

    private int seen;
    private String company;
    private long epochDay;
    private long login;
    private long adoption;
    private long nps;

    void clear() {
        seen = 0;
        nps = MetricsSink.NO_NPS;
    }

    boolean company(String id) {
        company = id;
        return id != null && first(COMPANY);
    }

    boolean week(long monday) {
        epochDay = monday;
        return monday != MondayCache.NOT_A_MONDAY && first(WEEK);
    }

    /** Login or adoption: 0 to 100; {@link TokenCursor#NOT_CLEAN} is out of that range too. */
    boolean percent(int field, long value) {
        if (field == LOGIN) {
            login = value;
        } else {
            adoption = value;
        }
        return value >= 0 && value <= HUNDRED && first(field);
    }

    /** -100 to 100, or {@link MetricsSink#NO_NPS}. */
    boolean nps(long value) {
        nps = value;
        return (value == MetricsSink.NO_NPS || (value >= -HUNDRED && value <= HUNDRED)) && first(NPS);
    }

    boolean complete() {
        return (seen & REQUIRED) == REQUIRED;
    }

    void deliver(MetricsSink sink, long line) {
        sink.week(company, epochDay, login, adoption, nps, line);
    }

    private boolean first(int field) {
        boolean first = (seen & field) == 0;
        seen |= field;
        return first;
    }
}
