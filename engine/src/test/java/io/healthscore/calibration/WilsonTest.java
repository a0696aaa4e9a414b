package io.healthscore.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonTest {
    @Test
    void should_give_the_published_interval_when_half_of_ten_churned() {
        Wilson wilson = Wilson.of(5, 10);

        assertThat(wilson.low()).isCloseTo(0.2366, within(0.0001));
        assertThat(wilson.high()).isCloseTo(0.7634, within(0.0001));
    }

    @Test
    void should_start_at_zero_and_stay_above_it_when_none_churned() {
        Wilson wilson = Wilson.of(0, 10);

        assertThat(wilson.low()).isZero();
        assertThat(wilson.high()).isCloseTo(0.2775, within(0.0001));
    }

    @Test
    void should_end_at_one_when_all_churned() {
        Wilson wilson = Wilson.of(20, 20);

        assertThat(wilson.low()).isCloseTo(0.8389, within(0.0001));
        assertThat(wilson.high()).isEqualTo(1.0);
    }

    @Test
    void should_refuse_when_there_are_no_trials() {
        assertThatThrownBy(() -> Wilson.of(0, 0)).hasMessageContaining("accepted");
    }
}
