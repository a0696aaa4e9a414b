package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HappinessLevelTest {

    @ParameterizedTest(name = "NPS {0} -> {1}")
    @CsvSource({"100, VERY_HAPPY", "50, VERY_HAPPY", "50.00, VERY_HAPPY", "49.99, HAPPY", "10, HAPPY", "9.99, NEUTRAL",
            "0, NEUTRAL", "-10, NEUTRAL", "-10.00, NEUTRAL", "-10.01, NOT_HAPPY", "-100, NOT_HAPPY"})
    void should_read_the_level_from_the_documented_bands_when_nps_sits_on_a_boundary(String nps, HappinessLevel level) {
        assertThat(HappinessLevel.of(new BigDecimal(nps))).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({"100.01", "-100.01", "101"})
    void should_reject_an_nps_outside_minus_100_to_100(String nps) {
        assertThatThrownBy(() -> HappinessLevel.of(new BigDecimal(nps)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(nps).hasMessageContaining("-100 to 100");
    }

    @Test
    void should_name_each_level_and_its_range_for_the_legend() {
        assertThat(HappinessLevel.VERY_HAPPY.label()).isEqualTo("Very Happy");
        assertThat(HappinessLevel.VERY_HAPPY.range()).isEqualTo("50 to 100");
        assertThat(HappinessLevel.HAPPY.range()).isEqualTo("10 to under 50");
        assertThat(HappinessLevel.NEUTRAL.range()).isEqualTo("-10 to under 10");
        assertThat(HappinessLevel.NOT_HAPPY.label()).isEqualTo("Not Happy");
        assertThat(HappinessLevel.NOT_HAPPY.range()).isEqualTo("under -10");
    }
}
