package io.healthscore.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The weeks of a month are those whose Sunday lies in it: four or five Mondays, the first possibly in the month before. */
class WeeksOfMonthTest {

    @Test
    void should_start_in_the_month_before_when_the_first_sunday_is_early() {
        assertThat(WeeklyMetrics.weeksOf(YearMonth.of(2026, 10))).containsExactly(LocalDate.parse("2026-09-28"),
                LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-12"), LocalDate.parse("2026-10-19"));
    }

    @Test
    void should_count_five_weeks_when_the_month_holds_five_sundays() {
        assertThat(WeeklyMetrics.weeksOf(YearMonth.of(2026, 11))).containsExactly(LocalDate.parse("2026-10-26"),
                LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-09"), LocalDate.parse("2026-11-16"),
                LocalDate.parse("2026-11-23"));
    }

    @Test
    void should_give_every_week_to_the_month_of_its_sunday_when_months_follow_each_other() {
        for (YearMonth month = YearMonth.of(2026, 1); month.isBefore(YearMonth.of(2029, 1)); month = month.plusMonths(1)) {
            YearMonth expected = month;
            assertThat(WeeklyMetrics.weeksOf(month)).hasSizeBetween(4, 5)
                    .allSatisfy(monday -> assertThat(WeeklyMetrics.monthOf(monday)).isEqualTo(expected));
            assertThat(WeeklyMetrics.weeksOf(month.plusMonths(1)).get(0))
                    .isEqualTo(WeeklyMetrics.weeksOf(month).get(WeeklyMetrics.weeksOf(month).size() - 1).plusWeeks(1));
        }
    }
}
