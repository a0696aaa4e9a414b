package io.healthscore.rules.facts;

import io.healthscore.assessment.Band;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The company's history as the rules declared they need it ({@code @lookback(months = M, weeks = W)} on a rule):
 * its assessments of the M months before this one, newest first, and its weekly series, oldest first: the W weeks
 * before this month's first week and this month's own weeks. The helpers compute in decimal; asking for more months or weeks than
 * the rules declare is an error, so that a rule never reads history that was not loaded.
 */
public final class History {
    /** The deepest history rules may declare. */
    public static final int MAX_MONTHS = 24;
    public static final int MAX_WEEKS = 104;
    public static final History NONE = new History(YearMonth.of(1970, 1), List.of(), List.of(), 0, 0);

    private final YearMonth month;
    private final List<PastMonth> months;
    private final List<SeriesWeek> weeks;
    private final int monthsDepth;
    private final int weeksDepth;

    /**
     * {@code months} newest first, only months before {@code month} within {@code monthsDepth}; {@code weeks}
     * oldest first, only weeks with data: the {@code weeksDepth} weeks before the month and the month's own.
     */
    public History(YearMonth month, List<PastMonth> months, List<SeriesWeek> weeks, int monthsDepth, int weeksDepth) {
        this.month = Objects.requireNonNull(month, "month");
        this.months = List.copyOf(months);
        this.weeks = List.copyOf(weeks);
        this.monthsDepth = monthsDepth;
        this.weeksDepth = weeksDepth;
    }

    /** The same history seen from another month's scoring (a scenario, a probe): nothing but the month changes. */
    public History at(YearMonth other) {
        return new History(other, months, weeks, monthsDepth, weeksDepth);
    }

    public YearMonth month() {
        return month;
    }

    /** The earlier assessments loaded, newest first. */
    public List<PastMonth> months() {
        return months;
    }

    /** The weeks loaded, oldest first, this month's included. */
    public List<SeriesWeek> weeks() {
        return weeks;
    }

    public int monthsDepth() {
        return monthsDepth;
    }

    public int weeksDepth() {
        return weeksDepth;
    }

    /** The assessment of the month {@code back} months before this one (1: the month before), or null. */
    public PastMonth monthsAgo(int back) {
        requireMonths(back);
        YearMonth wanted = month.minusMonths(back);
        return months.stream().filter(past -> past.month().equals(wanted)).findFirst().orElse(null);
    }

    /**
     * Months in {@code band} running, this one included: 1 plus the number of consecutive months right before this
     * one in which the company was shown in {@code band} (its effective band). A month without an assessment ends
     * the streak. At most the declared months plus one.
     */
    public int streak(Band band) {
        int streak = 1;
        for (int back = 1; back <= monthsDepth; back++) {
            PastMonth past = monthsAgo(back);
            if (past == null || past.effectiveBand() != band) {
                break;
            }
            streak++;
        }
        return streak;
    }

    /** The mean of the scores of the last {@code k} months before this one that have a score; null when none has. */
    public BigDecimal baseline(int k) {
        requireMonths(k);
        YearMonth oldest = month.minusMonths(k);
        List<BigDecimal> scores = months.stream()
                .filter(past -> !past.month().isBefore(oldest) && past.score() != null)
                .map(past -> BigDecimal.valueOf(past.score()))
                .toList();
        return scores.isEmpty() ? null : Decimals.mean(scores);
    }

    /**
     * This month's score minus the company's own baseline over the last {@code k} months ({@link #baseline}): -12
     * means 12 points below its average. Null when the score or the baseline is missing.
     */
    public BigDecimal changeFromBaseline(Integer score, int k) {
        BigDecimal baseline = baseline(k);
        return score == null || baseline == null ? null : BigDecimal.valueOf(score).subtract(baseline);
    }

    /**
     * The least-squares slope, in points per week, of {@code series} ({@code "login"}, {@code "adoption"} or
     * {@code "nps"}) over the last {@code k} weeks (ending with this month's last week; weeks without data are left
     * out). Null with fewer than two weeks of data. For the weekly score use {@link #scoreSlope}.
     */
    public BigDecimal slope(String series, int k) {
        return slopeOf(window(k), field(series));
    }

    /**
     * The least-squares slope of the weekly score over the last {@code k} weeks: earlier months' weeks with the
     * scores stored with their assessments, this month's with the {@link WeeklyScore}s the rules computed, given as
     * {@code thisMonth} (e.g. {@code accumulate( $w : WeeklyScore(); $weekly : collectList( $w ) )}).
     */
    public BigDecimal scoreSlope(Collection<?> thisMonth, int k) {
        List<SeriesWeek> window = new ArrayList<>();
        for (SeriesWeek week : window(k)) {
            if (week.score() != null) {
                window.add(week);
            }
        }
        LocalDate first = firstWeek(k);
        for (Object fact : thisMonth) {
            if (!(fact instanceof WeeklyScore weekly)) {
                throw new IllegalArgumentException("scoreSlope takes this month's WeeklyScore facts; got " + fact);
            }
            if (!weekly.week().isBefore(first)) {
                window.add(new SeriesWeek(weekly.week(), null, null, null, weekly.score()));
            }
        }
        window.sort(Comparator.comparing(SeriesWeek::start));
        return slopeOf(window, SeriesWeek::score);
    }

    /**
     * The latest NPS answer in a week from {@code maxAgeWeeks} weeks before {@code week} up to {@code week}
     * itself; null when none: how a rule counts an answer for up to W weeks.
     */
    public BigDecimal latestNps(LocalDate week, int maxAgeWeeks) {
        requireWeeks(maxAgeWeeks);
        LocalDate oldest = week.minusWeeks(maxAgeWeeks);
        BigDecimal latest = null;
        for (SeriesWeek past : weeks) {
            if (!past.start().isAfter(week) && !past.start().isBefore(oldest) && past.nps() != null) {
                latest = past.nps();
            }
        }
        return latest;
    }

    private List<SeriesWeek> window(int k) {
        LocalDate first = firstWeek(k);
        return weeks.stream().filter(week -> !week.start().isBefore(first)).toList();
    }

    /** The Monday of the oldest of the last {@code k} weeks. */
    private LocalDate firstWeek(int k) {
        requireWeeks(k);
        return lastWeek(month).minusWeeks(k - 1L);
    }

    /** The Monday of the month's last week (the week that holds its last Sunday). */
    public static LocalDate lastWeek(YearMonth month) {
        LocalDate lastDay = month.atEndOfMonth();
        LocalDate lastSunday = lastDay.minusDays(lastDay.getDayOfWeek().getValue() % 7);
        return lastSunday.minusDays(6);
    }

    private static Function<SeriesWeek, BigDecimal> field(String series) {
        return switch (series == null ? "" : series) {
            case "login" -> SeriesWeek::login;
            case "adoption" -> SeriesWeek::adoption;
            case "nps" -> SeriesWeek::nps;
            default -> throw new IllegalArgumentException("slope series '" + series
                    + "' is not known; accepted: \"login\", \"adoption\", \"nps\" (for the weekly score use scoreSlope)");
        };
    }

    /** (n Σxy - Σx Σy) / (n Σx² - (Σx)²), x in weeks from the first point: exact but for the one division. */
    private static BigDecimal slopeOf(List<SeriesWeek> weeks, Function<SeriesWeek, BigDecimal> field) {
        List<SeriesWeek> points = weeks.stream().filter(week -> field.apply(week) != null).toList();
        if (points.size() < 2) {
            return null;
        }
        LocalDate origin = points.get(0).start();
        BigDecimal n = BigDecimal.valueOf(points.size());
        BigDecimal sumX = BigDecimal.ZERO;
        BigDecimal sumY = BigDecimal.ZERO;
        BigDecimal sumXY = BigDecimal.ZERO;
        BigDecimal sumXX = BigDecimal.ZERO;
        for (SeriesWeek point : points) {
            BigDecimal x = BigDecimal.valueOf(ChronoUnit.WEEKS.between(origin, point.start()));
            BigDecimal y = field.apply(point);
            sumX = sumX.add(x);
            sumY = sumY.add(y);
            sumXY = sumXY.add(x.multiply(y));
            sumXX = sumXX.add(x.multiply(x));
        }
        BigDecimal denominator = n.multiply(sumXX).subtract(sumX.multiply(sumX));
        return Decimals.divide(n.multiply(sumXY).subtract(sumX.multiply(sumY)), denominator);
    }

    private void requireMonths(int k) {
        if (k < 1 || k > monthsDepth) {
            throw new IllegalArgumentException("a rule reads " + k + " months of history; the rules declare "
                    + monthsDepth + " (@lookback(months = N) on a rule, N at most " + MAX_MONTHS + ")");
        }
    }

    private void requireWeeks(int k) {
        if (k < 1 || k > weeksDepth) {
            throw new IllegalArgumentException("a rule reads " + k + " weeks of history; the rules declare "
                    + weeksDepth + " (@lookback(weeks = N) on a rule, N at most " + MAX_WEEKS + ")");
        }
    }

    @Override
    public String toString() {
        return "History[" + month + ", " + months.size() + " months, " + weeks.size() + " weeks]";
    }
}
