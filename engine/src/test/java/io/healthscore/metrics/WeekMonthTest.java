package io.healthscore.metrics;

import static io.healthscore.testhelper.DefaultRules.week;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contract 1: a week belongs to the month that contains its Sunday (Monday + 6 days). */
class WeekMonthTest {

    @ParameterizedTest(name = "week of {0} (Sunday {1}) -> {2}")
    @CsvSource({
            "2026-09-28, 2026-10-04, 2026-10",  // starts in September, counts towards October
            "2026-08-31, 2026-09-06, 2026-09",  // starts in August, counts towards September
            "2026-10-26, 2026-11-01, 2026-11",  // Sunday is the 1st
            "2026-05-25, 2026-05-31, 2026-05",  // Sunday is the last day of the month
            "2026-10-05, 2026-10-11, 2026-10",  // wholly inside the month
            "2026-06-01, 2026-06-07, 2026-06",  // Monday is the 1st
            "2026-12-28, 2027-01-03, 2027-01",  // across the year end
            "2026-02-23, 2026-03-01, 2026-03",  // February of a common year
            "2028-02-21, 2028-02-27, 2028-02",  // leap year: Sunday the 27th
            "2028-02-28, 2028-03-05, 2028-03"}) // leap year: 29 February falls inside the week
    void should_count_the_week_towards_the_month_of_its_sunday(String monday, String sunday, String month) {
        WeeklyMetrics metrics = week("acme", monday, "50", "50", null);

        assertThat(LocalDate.parse(monday).plusDays(6)).isEqualTo(sunday);
        assertThat(metrics.month()).isEqualTo(YearMonth.parse(month));
        assertThat(WeeklyMetrics.monthOf(LocalDate.parse(monday))).isEqualTo(YearMonth.parse(month));
    }
}
