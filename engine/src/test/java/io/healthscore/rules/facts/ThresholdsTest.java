package io.healthscore.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.healthscore.assessment.Band;
import org.junit.jupiter.api.Test;

class ThresholdsTest {
    private static final Thresholds DEFAULT = Thresholds.of("THRIVING 76, HEALTHY 51, STEADY 26, AT_RISK 0");

    @Test
    void should_keep_a_company_in_its_band_until_its_score_passes_the_threshold_by_the_points() {
        // STEADY is 26-50: up takes 51 + 3 = 54, down takes 25 - 3 = 22
        assertThat(DEFAULT.holds(Band.STEADY, 51, 3)).isTrue();
        assertThat(DEFAULT.holds(Band.STEADY, 53, 3)).isTrue();
        assertThat(DEFAULT.holds(Band.STEADY, 54, 3)).isFalse();
        assertThat(DEFAULT.holds(Band.STEADY, 23, 3)).isTrue();
        assertThat(DEFAULT.holds(Band.STEADY, 22, 3)).isFalse();
    }

    @Test
    void should_not_hold_a_score_inside_the_band_a_first_assessment_or_a_missing_score() {
        assertThat(DEFAULT.holds(Band.STEADY, 40, 3)).isFalse();
        assertThat(DEFAULT.holds(Band.NONE, 51, 3)).isFalse();
        assertThat(DEFAULT.holds(Band.STEADY, null, 3)).isFalse();
        assertThat(DEFAULT.holds(Band.THRIVING, 74, 3)).isTrue();
        assertThat(DEFAULT.holds(Band.AT_RISK, 28, 3)).isTrue();
        assertThat(DEFAULT.holds(Band.AT_RISK, 29, 3)).isFalse();
    }

    @Test
    void should_give_the_band_of_a_score() {
        assertThat(DEFAULT.bandOf(75)).isEqualTo(Band.HEALTHY);
        assertThat(DEFAULT.bandOf(76)).isEqualTo(Band.THRIVING);
        assertThat(DEFAULT.bandOf(0)).isEqualTo(Band.AT_RISK);
    }

    @Test
    void should_name_what_is_accepted_when_the_thresholds_are_not_four_rising_bands() {
        assertThatThrownBy(() -> Thresholds.of("THRIVING 76, HEALTHY 51")).hasMessageContaining("must give AT_RISK, STEADY");
        assertThatThrownBy(() -> Thresholds.of("THRIVING 76, HEALTHY 51, STEADY 60, AT_RISK 0"))
                .hasMessageContaining("rising in that order");
        assertThatThrownBy(() -> Thresholds.of("GOOD 76")).hasMessageContaining("'GOOD 76' is not BAND SCORE");
    }
}
