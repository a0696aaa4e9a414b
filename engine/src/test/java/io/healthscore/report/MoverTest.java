package io.healthscore.report;

import static io.healthscore.assessment.EffectiveBand.AT_RISK;
import static io.healthscore.assessment.EffectiveBand.CHURNED;
import static io.healthscore.assessment.EffectiveBand.HEALTHY;
import static io.healthscore.assessment.EffectiveBand.NONE;
import static io.healthscore.assessment.EffectiveBand.STEADY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoverTest {

    @ParameterizedTest(name = "{0} -> {1}: up {2}")
    @CsvSource({"STEADY, HEALTHY, true", "AT_RISK, THRIVING, true", "HEALTHY, AT_RISK, false", "NONE, STEADY, true",
            "STEADY, NONE, false", "CHURNED, AT_RISK, true", "HEALTHY, CHURNED, false"})
    void should_be_up_when_the_new_band_ranks_higher(EffectiveBand from, EffectiveBand to, boolean up) {
        assertThat(mover(from, to, 50, 40, "automatic").up()).isEqualTo(up);
    }

    @Test
    void should_give_the_score_change_only_when_both_scores_are_known() {
        assertThat(mover(STEADY, HEALTHY, 58, 47, "automatic").change()).isEqualTo(11);
        assertThat(mover(CHURNED, HEALTHY, 55, null, "reinstate").change()).isNull();
        assertThat(mover(STEADY, NONE, null, 40, "automatic").change()).isNull();
    }

    @Test
    void should_reject_an_unknown_source_naming_the_accepted_ones() {
        assertThatThrownBy(() -> mover(STEADY, HEALTHY, 58, 47, "manual"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'manual'")
                .hasMessageContaining("automatic, override, clear, expiry, churn, reinstate");
    }

    @Test
    void should_reject_a_mover_that_keeps_its_band() {
        assertThatThrownBy(() -> mover(AT_RISK, AT_RISK, 20, 22, "automatic"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acme");
    }

    private static Mover mover(EffectiveBand from, EffectiveBand to, Integer score, Integer previous, String source) {
        return new Mover("acme", null, null, from, to, score, previous, Drivers.NO_DATA, source);
    }
}
