package io.healthscore.store;

import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A company's weeks of one month as stored in one {@code metrics} row: {@code YYYY-MM-DD,login,adoption,nps} per
 * week in week order, separated by {@code ;}, numbers in plain notation without trailing zeros, nps empty without a
 * survey. One row per company-month keeps a month's read and write to a fifth of the rows a row per week takes.
 */
final class PackedWeeks {
    private static final char WEEKS = ';';
    private static final char FIELDS = ',';

    private PackedWeeks() {
    }

    /** The text of {@code weeks}, which must be of one company and month, in week order and without repeats. */
    static String encode(List<WeeklyMetrics> weeks) {
        StringBuilder text = new StringBuilder(weeks.size() * 32);
        for (WeeklyMetrics week : weeks) {
            if (!text.isEmpty()) {
                text.append(WEEKS);
            }
            text.append(week.week()).append(FIELDS).append(plain(week.login())).append(FIELDS)
                    .append(plain(week.adoption())).append(FIELDS);
            if (week.nps() != null) {
                text.append(plain(week.nps()));
            }
        }
        return text.toString();
    }

    static List<WeeklyMetrics> decode(CompanyId company, String text) {
        List<WeeklyMetrics> weeks = new ArrayList<>(5);
        if (text == null || text.isEmpty()) {
            return weeks;
        }
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(WEEKS, start);
            if (end < 0) {
                end = text.length();
            }
            weeks.add(week(company, text, start, end));
            start = end + 1;
        }
        return weeks;
    }

    /**
     * {@code stored} with the weeks of {@code arrived} in place of those of the same date, in week order, without
     * reading the numbers: each week starts with its date, and dates in one format sort as text.
     */
    static String merge(String stored, String arrived) {
        if (stored == null || stored.isEmpty()) {
            return arrived;
        }
        java.util.TreeMap<String, String> weeks = new java.util.TreeMap<>();
        for (String week : stored.split(String.valueOf(WEEKS))) {
            weeks.put(week.substring(0, week.indexOf(FIELDS)), week);
        }
        for (String week : arrived.split(String.valueOf(WEEKS))) {
            weeks.put(week.substring(0, week.indexOf(FIELDS)), week);
        }
        return String.join(String.valueOf(WEEKS), weeks.values());
    }

    private static WeeklyMetrics week(CompanyId company, String text, int start, int end) {
        int first = text.indexOf(FIELDS, start);
        int second = text.indexOf(FIELDS, first + 1);
        int third = text.indexOf(FIELDS, second + 1);
        if (first < 0 || second < 0 || third < 0 || third >= end) {
            throw new StoreException("stored weeks of company " + company + " are not readable: '"
                    + text.substring(start, end) + "'");
        }
        return new WeeklyMetrics(company, LocalDate.parse(text.subSequence(start, first)),
                new BigDecimal(text.substring(first + 1, second)), new BigDecimal(text.substring(second + 1, third)),
                third + 1 == end ? null : new BigDecimal(text.substring(third + 1, end)));
    }

    private static String plain(BigDecimal value) {
        return Sql.plain(value).toPlainString();
    }
}
