package io.healthscore.scoring;

import static io.healthscore.testhelper.DefaultRules.score;
import static io.healthscore.testhelper.DefaultRules.week;
import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Previous;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contract 2.2: the monthly score is the arithmetic mean of the weekly scores, rounded half up in decimal
 * arithmetic. Extends {@link BandBoundaryTest} to halves that come out of the NPS weights and to means that
 * divide by three.
 */
class MonthlyMeanTest {

    @Test
    void should_average_the_weekly_scores_when_the_month_has_four_weeks() {
        Assessment assessment = score("2026-10", Previous.NONE,
                week("acme", "2026-09-28", "60", "60", null),
                week("acme", "2026-10-05", "70", "70", null),
                week("acme", "2026-10-12", "80", "80", null),
                week("acme", "2026-10-19", "90", "90", null));

        assertThat(assessment.mean()).isEqualByComparingTo("75");
        assertThat(assessment.score()).isEqualTo(75);
    }

    @Test
    void should_average_the_weekly_scores_when_the_month_has_five_weeks() {
        Assessment assessment = score("2026-08", Previous.NONE,
                week("acme", "2026-07-27", "50", "50", null),
                week("acme", "2026-08-03", "60", "60", null),
                week("acme", "2026-08-10", "70", "70", null),
                week("acme", "2026-08-17", "80", "80", null),
                week("acme", "2026-08-24", "91", "91", null));

        assertThat(assessment.mean()).isEqualByComparingTo("70.2");
        assertThat(assessment.score()).isEqualTo(70);
    }

    @Test
    void should_keep_the_unrounded_mean_when_the_division_does_not_terminate() {
        Assessment assessment = score("2026-10", Previous.NONE,
                week("acme", "2026-10-05", "70", "70", null),
                week("acme", "2026-10-12", "70", "70", null),
                week("acme", "2026-10-19", "71", "71", null));

        assertThat(assessment.mean()).isBetween(new BigDecimal("70.3333"), new BigDecimal("70.3334"));
        assertThat(assessment.score()).isEqualTo(70);
    }

    @ParameterizedTest(name = "login {0}, adoption {1}, nps {2}: mean {3} -> {4} {5}")
    @CsvSource({
            "75, 75, 55, 75.5, 76, THRIVING", "75, 75, 54.9, 75.49, 75, HEALTHY",
            "50, 50, 5, 50.5, 51, HEALTHY", "50, 50, 4.9, 50.49, 50, STEADY",
            "25, 25, -45, 25.5, 26, STEADY", "25, 25, -45.1, 25.49, 25, AT_RISK"})
    void should_round_half_up_when_the_half_comes_from_the_nps_weight(String login, String adoption, String nps,
            String mean, int score, Band band) {
        // 0.4 and 0.2 are inexact in binary floating point; in decimals 0.4*75 + 0.4*75 + 0.2*77.5 is exactly 75.5
        Assessment assessment = score("2026-10", Previous.NONE, week("acme", "2026-10-05", login, adoption, nps));

        assertThat(assessment.mean()).isEqualByComparingTo(mean);
        assertThat(assessment.score()).isEqualTo(score);
        assertThat(assessment.band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "weeks {0}, {0}, {1} -> {2} {3}")
    @CsvSource({
            "75, 76.5, 76, THRIVING", "75, 76.49, 75, HEALTHY",
            "50, 51.5, 51, HEALTHY", "50, 51.49, 50, STEADY",
            "25, 26.5, 26, STEADY", "25, 26.49, 25, AT_RISK"})
    void should_round_half_up_when_the_mean_of_three_weeks_sits_on_a_boundary(String twice, String third, int score,
            Band band) {
        Assessment assessment = score("2026-10", Previous.NONE,
                week("acme", "2026-10-05", twice, twice, null),
                week("acme", "2026-10-12", twice, twice, null),
                week("acme", "2026-10-19", third, third, null));

        assertThat(assessment.score()).isEqualTo(score);
        assertThat(assessment.band()).isEqualTo(band);
    }
}
