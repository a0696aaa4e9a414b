package io.healthscore.metrics;

import io.healthscore.company.CompanyId;
import io.healthscore.InvalidFieldException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One company's scores for one ISO week. The week belongs to the month that contains its Sunday.
 * {@code nps} is null when no survey came back that week.
 */
public record WeeklyMetrics(CompanyId company, LocalDate week, BigDecimal login, BigDecimal adoption, BigDecimal nps) {
    public static final int MAX_DECIMALS = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public WeeklyMetrics {
        Objects.requireNonNull(company, "company");
        requireMonday(week);
        requireRange("login", login, BigDecimal.ZERO, HUNDRED, "0 to 100");
        requireRange("adoption", adoption, BigDecimal.ZERO, HUNDRED, "0 to 100");
        if (nps != null) {
            requireRange("nps", nps, HUNDRED.negate(), HUNDRED, "-100 to 100, or absent/null for no feedback");
        }
    }

    /** The month this week counts towards: the one that contains its Sunday. */
    public YearMonth month() {
        return monthOf(week);
    }

    public static YearMonth monthOf(LocalDate monday) {
        return YearMonth.from(monday.plusDays(6));
    }

    /** The Mondays of the weeks that count towards {@code month}, in order: four or five of them. */
    public static List<LocalDate> weeksOf(YearMonth month) {
        LocalDate monday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).minusDays(6);
        List<LocalDate> weeks = new ArrayList<>();
        for (; monthOf(monday).equals(month); monday = monday.plusWeeks(1)) {
            weeks.add(monday);
        }
        return List.copyOf(weeks);
    }

    private static void requireMonday(LocalDate week) {
        if (week == null) {
            throw new InvalidFieldException("week", "is missing; accepted: the Monday that starts the ISO week, as YYYY-MM-DD");
        }
        if (week.getDayOfWeek() != DayOfWeek.MONDAY) {
            LocalDate monday = week.minusDays(week.getDayOfWeek().getValue() - 1L);
            throw new InvalidFieldException("week", week + " is a " + week.getDayOfWeek().name().charAt(0)
                    + week.getDayOfWeek().name().substring(1).toLowerCase()
                    + "; accepted: the Monday that starts the ISO week (here " + monday + ")");
        }
    }

    private static void requireRange(String field, BigDecimal value, BigDecimal min, BigDecimal max, String accepted) {
        if (value == null) {
            throw new InvalidFieldException(field, "is missing; accepted: a number from " + accepted);
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new InvalidFieldException(field, shown(value) + " is out of range; accepted: " + accepted);
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new InvalidFieldException(field, shown(value) + " has more than " + MAX_DECIMALS
                    + " decimal places; accepted: a number from " + accepted + " with at most " + MAX_DECIMALS + " decimals");
        }
    }

    /** Plain digits, unless that is long: written out in full, 1e999999999 is a billion digits. */
    private static String shown(BigDecimal value) {
        return Math.abs((long) value.scale()) <= 20 ? value.toPlainString() : value.toString();
    }
}
