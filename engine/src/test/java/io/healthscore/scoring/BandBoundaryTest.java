package io.healthscore.scoring;

import static io.healthscore.testhelper.DefaultRules.score;
import static io.healthscore.testhelper.DefaultRules.week;
import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Previous;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contract 2.2-2.3: a mean is rounded half up in decimal arithmetic, and the band is read from the whole percent. */
class BandBoundaryTest {

    @ParameterizedTest(name = "mean {0} -> {1} {2}")
    @CsvSource({
            "75.5, 76, THRIVING", "75.49, 75, HEALTHY",
            "50.5, 51, HEALTHY", "50.49, 50, STEADY",
            "25.5, 26, STEADY", "25.49, 25, AT_RISK",
            "100, 100, THRIVING", "0, 0, AT_RISK"})
    void should_round_half_up_and_band_when_mean_sits_on_a_boundary(String mean, int score, Band band) {
        // one week without NPS scores (login + adoption) / 2, so login = adoption = mean gives that mean
        Assessment assessment = score("2026-10", Previous.NONE, week("acme", "2026-10-05", mean, mean, null));

        assertThat(assessment.score()).isEqualTo(score);
        assertThat(assessment.band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "weeks averaging to {0}")
    @CsvSource({"75.5, 76, THRIVING", "50.5, 51, HEALTHY", "25.5, 26, STEADY"})
    void should_keep_a_half_exact_when_it_is_the_mean_of_several_weeks(String expectedMean, int score, Band band) {
        // 0.1 steps are inexact in binary floating point; the mean of x+0.1 and x-0.1... must stay exactly x.5
        String high = new java.math.BigDecimal(expectedMean).add(new java.math.BigDecimal("0.1")).toPlainString();
        String low = new java.math.BigDecimal(expectedMean).subtract(new java.math.BigDecimal("0.1")).toPlainString();
        Assessment assessment = score("2026-10", Previous.NONE,
                week("acme", "2026-10-05", high, high, null), week("acme", "2026-10-12", low, low, null));

        assertThat(assessment.mean()).isEqualByComparingTo(expectedMean);
        assertThat(assessment.score()).isEqualTo(score);
        assertThat(assessment.band()).isEqualTo(band);
    }
}
