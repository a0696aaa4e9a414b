package io.healthscore.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MonthOfFiringTest {

    @Test
    void should_score_the_month_before_the_firing_when_it_fires_on_the_first() {
        assertThat(MonthlyRuns.monthOf(Instant.parse("2026-11-01T02:00:00Z"), ZoneId.of("UTC")))
                .isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void should_score_december_of_the_year_before_when_it_fires_in_january() {
        assertThat(MonthlyRuns.monthOf(Instant.parse("2027-01-01T02:00:00Z"), ZoneId.of("UTC")))
                .isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void should_read_the_firing_time_in_the_schedule_zone_when_it_is_still_the_last_day_there() {
        // 00:30 UTC on the 1st is 20:30 on October 31st in New York: its month before is September
        Instant firing = Instant.parse("2026-11-01T00:30:00Z");

        assertThat(MonthlyRuns.monthOf(firing, ZoneId.of("America/New_York"))).isEqualTo(YearMonth.of(2026, 9));
        assertThat(MonthlyRuns.monthOf(firing, ZoneId.of("Europe/Berlin"))).isEqualTo(YearMonth.of(2026, 10));
    }
}
