package io.healthscore.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MonotonicTest {
    @Test
    void should_say_yes_when_churn_falls_from_at_risk_to_thriving() {
        Monotonic monotonic = Monotonic.of(List.of(new Rate("AT_RISK", 5, 10), new Rate("STEADY", 3, 10),
                new Rate("HEALTHY", 3, 10), new Rate("THRIVING", 0, 10)));

        assertThat(monotonic.verdict()).isEqualTo(Monotonic.Verdict.yes);
    }

    @Test
    void should_name_the_first_break_when_a_higher_band_churns_more() {
        Monotonic monotonic = Monotonic.of(List.of(new Rate("AT_RISK", 5, 10), new Rate("STEADY", 1, 10),
                new Rate("HEALTHY", 3, 10), new Rate("THRIVING", 4, 10)));

        assertThat(monotonic.describe()).isEqualTo("no: HEALTHY churns more than STEADY (30.0% against 10.0%)");
    }

    @Test
    void should_compare_shares_exactly_when_they_differ_by_less_than_a_rounding() {
        // 1/3 against 333/1000: above by 1/3000
        Monotonic monotonic = Monotonic.of(List.of(new Rate("AT_RISK", 333, 1000), new Rate("STEADY", 10, 30)));

        assertThat(monotonic.verdict()).isEqualTo(Monotonic.Verdict.no);
    }

    @Test
    void should_skip_bands_with_too_few_outcomes_and_not_tell_when_fewer_than_two_remain() {
        Monotonic monotonic = Monotonic.of(List.of(new Rate("AT_RISK", 1, 3), new Rate("STEADY", 5, 10),
                new Rate("HEALTHY", 3, 9), new Rate("THRIVING", 9, 9)));

        assertThat(monotonic.describe()).isEqualTo("cannot tell: 1 band(s) with at least 10 known outcomes");
    }
}
