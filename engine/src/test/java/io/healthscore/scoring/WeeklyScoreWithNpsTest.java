package io.healthscore.scoring;

import static io.healthscore.testhelper.DefaultRules.score;
import static io.healthscore.testhelper.DefaultRules.week;
import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Previous;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contract 2.1: a week with NPS scores {@code 0.4 login + 0.4 adoption + 0.2 feedback}, feedback = (nps + 100) / 2.
 * A month of one week has that week's score as its exact mean.
 */
class WeeklyScoreWithNpsTest {

    @ParameterizedTest(name = "login {0}, adoption {1}, nps {2} -> {3}")
    @CsvSource({
            "80, 60, 40, 70",       // 32 + 24 + 0.2 * 70
            "100, 0, -100, 40",     // login weighs 0.4
            "0, 100, -100, 40",     // adoption weighs 0.4
            "0, 0, 100, 20",        // feedback weighs 0.2
            "82.5, 61, 40, 71.4",   // 33 + 24.4 + 14 (the contract's sample record)
            "33.3, 66.7, 17, 51.7"  // 13.32 + 26.68 + 11.7
    })
    void should_weigh_login_adoption_and_feedback_when_the_week_has_nps(String login, String adoption, String nps,
            String expected) {
        Assessment assessment = score("2026-10", Previous.NONE, week("acme", "2026-10-05", login, adoption, nps));

        assertThat(assessment.mean()).isEqualByComparingTo(expected);
    }

    @Test
    void should_count_feedback_as_zero_when_nps_is_minus_100() {
        Assessment assessment = score("2026-10", Previous.NONE, week("acme", "2026-10-05", "50", "50", "-100"));

        assertThat(assessment.mean()).isEqualByComparingTo("40");
        assertThat(assessment.score()).isEqualTo(40);
    }

    @Test
    void should_count_feedback_as_100_when_nps_is_100() {
        Assessment assessment = score("2026-10", Previous.NONE, week("acme", "2026-10-05", "50", "50", "100"));

        assertThat(assessment.mean()).isEqualByComparingTo("60");
        assertThat(assessment.score()).isEqualTo(60);
    }

    @Test
    void should_score_100_when_every_part_is_at_its_maximum() {
        Assessment assessment = score("2026-10", Previous.NONE, week("acme", "2026-10-05", "100", "100", "100"));

        assertThat(assessment.score()).isEqualTo(100);
    }

    @Test
    void should_score_0_when_every_part_is_at_its_minimum() {
        Assessment assessment = score("2026-10", Previous.NONE, week("acme", "2026-10-05", "0", "0", "-100"));

        assertThat(assessment.score()).isZero();
    }

    @Test
    void should_count_feedback_as_50_when_nps_is_0() {
        Assessment assessment = score("2026-10", Previous.NONE, week("acme", "2026-10-05", "0", "0", "0"));

        assertThat(assessment.mean()).isEqualByComparingTo("10");
    }
}
