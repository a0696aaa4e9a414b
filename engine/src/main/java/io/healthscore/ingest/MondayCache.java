package io.healthscore.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The epoch day of a {@code YYYY-MM-DD} week, remembered: a metrics file holds a handful of distinct weeks, so
 * nearly every record is a table lookup instead of a date calculation. One per thread.
 */
final class MondayCache {
    /** Not a date, or not a Monday: the existing reader decides and says why. */
    static final long NOT_A_MONDAY = Long.MIN_VALUE;
    private static final int SLOTS = 64;

    private final int[] dates = new int[SLOTS];
    private final long[] epochDays = new long[SLOTS];

    MondayCache() {
        Arrays.fill(dates, -1);
    }

    /** The epoch day of the Monday year-month-day, or {@link #NOT_A_MONDAY}. */
    long epochDay(int year, int month, int day) {
        int date = year * 10_000 + month * 100 + day;
        int slot = (date * 0x9E3779B1 >>> 26) & (SLOTS - 1);
        if (dates[slot] != date) {
            dates[slot] = date;
            epochDays[slot] = monday(year, month, day);
        }
        return epochDays[slot];
    }

    private static long monday(int year, int month, int day) {
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return date.getDayOfWeek() == DayOfWeek.MONDAY ? date.toEpochDay() : NOT_A_MONDAY;
        } catch (DateTimeException e) {
            return NOT_A_MONDAY;
        }
    }
}
