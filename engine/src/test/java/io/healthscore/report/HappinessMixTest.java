package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HappinessMixTest {

    @Test
    void should_count_levels_and_share_of_those_with_feedback_when_built_from_known_nps() {
        HappinessMix mix = KnownReport.happiness();

        assertThat(mix.count(HappinessLevel.VERY_HAPPY)).isEqualTo(14);
        assertThat(mix.count(HappinessLevel.HAPPY)).isEqualTo(12);
        assertThat(mix.count(HappinessLevel.NEUTRAL)).isEqualTo(6);
        assertThat(mix.count(HappinessLevel.NOT_HAPPY)).isEqualTo(3);
        assertThat(mix.noFeedback()).isEqualTo(5);
        assertThat(mix.withFeedback()).isEqualTo(35);
        assertThat(mix.percent(HappinessLevel.VERY_HAPPY)).isEqualTo(new BigDecimal("40.0"));
        assertThat(mix.percent(HappinessLevel.HAPPY)).isEqualTo(new BigDecimal("34.3"));
        assertThat(mix.percent(HappinessLevel.NEUTRAL)).isEqualTo(new BigDecimal("17.1"));
        assertThat(mix.percent(HappinessLevel.NOT_HAPPY)).isEqualTo(new BigDecimal("8.6"));
    }

    @Test
    void should_count_a_company_without_nps_as_no_feedback() {
        HappinessMix mix = HappinessMix.of(Arrays.asList(null, new BigDecimal("75"), null));

        assertThat(mix.noFeedback()).isEqualTo(2);
        assertThat(mix.withFeedback()).isEqualTo(1);
        assertThat(mix.percent(HappinessLevel.VERY_HAPPY)).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void should_give_zero_percent_when_nobody_gave_feedback() {
        HappinessMix mix = HappinessMix.of(Arrays.asList(null, null));

        assertThat(mix.counts()).containsOnlyKeys(HappinessLevel.values());
        assertThat(mix.percent(HappinessLevel.HAPPY)).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void should_reject_a_negative_count_naming_the_level() {
        assertThatThrownBy(() -> new HappinessMix(Map.of(HappinessLevel.NEUTRAL, -2), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NEUTRAL");
    }
}
