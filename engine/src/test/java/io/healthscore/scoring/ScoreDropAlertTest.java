package io.healthscore.scoring;

import static io.healthscore.testhelper.DefaultRules.score;
import static io.healthscore.testhelper.DefaultRules.week;
import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Previous;
import org.junit.jupiter.api.Test;

/**
 * Contract 3: {@code score-drop-alert} when the whole-percent score fell by 15 points or more against the previous
 * assessment, band change or not, and only when both scores are present.
 */
class ScoreDropAlertTest {

    @Test
    void should_alert_when_the_score_falls_exactly_15_points_within_a_band() {
        Assessment assessment = monthScoring(new Previous(Band.HEALTHY, 75), "60");

        assertThat(assessment.band()).isEqualTo(Band.HEALTHY);
        assertThat(assessment.triggers()).containsExactly("score-drop-alert");
    }

    @Test
    void should_not_alert_when_the_score_falls_14_points_within_a_band() {
        Assessment assessment = monthScoring(new Previous(Band.HEALTHY, 75), "61");

        assertThat(assessment.triggers()).isEmpty();
    }

    @Test
    void should_alert_as_well_as_enter_the_band_when_the_score_falls_exactly_15_points_across_a_band() {
        Assessment assessment = monthScoring(new Previous(Band.THRIVING, 80), "65");

        assertThat(assessment.band()).isEqualTo(Band.HEALTHY);
        assertThat(assessment.triggers()).containsExactlyInAnyOrder(
                "upsell-opportunity", "loyalty-offer", "internal-notification", "score-drop-alert");
    }

    @Test
    void should_only_enter_the_band_when_the_score_falls_14_points_across_a_band() {
        Assessment assessment = monthScoring(new Previous(Band.THRIVING, 76), "62");

        assertThat(assessment.band()).isEqualTo(Band.HEALTHY);
        assertThat(assessment.triggers())
                .containsExactlyInAnyOrder("upsell-opportunity", "loyalty-offer", "internal-notification");
    }

    @Test
    void should_alert_when_the_score_falls_more_than_15_points() {
        Assessment assessment = monthScoring(new Previous(Band.THRIVING, 100), "77");

        assertThat(assessment.triggers()).containsExactly("score-drop-alert");
    }

    @Test
    void should_not_alert_when_the_score_rises_15_points() {
        Assessment assessment = monthScoring(new Previous(Band.HEALTHY, 55), "70");

        assertThat(assessment.triggers()).isEmpty();
    }

    @Test
    void should_compare_whole_percent_scores_when_the_mean_has_a_fraction() {
        // previous 75; mean 60.5 rounds to 61 (a fall of 14), mean 60.49 to 60 (a fall of 15)
        assertThat(monthScoring(new Previous(Band.HEALTHY, 75), "60.5").triggers()).isEmpty();
        assertThat(monthScoring(new Previous(Band.HEALTHY, 75), "60.49").triggers()).containsExactly("score-drop-alert");
    }

    @Test
    void should_not_alert_when_there_is_no_previous_score() {
        Assessment assessment = monthScoring(Previous.NONE, "5");

        assertThat(assessment.triggers()).doesNotContain("score-drop-alert");
    }

    @Test
    void should_not_alert_when_the_month_has_no_score() {
        Assessment assessment = score("2026-10", new Previous(Band.THRIVING, 100));

        assertThat(assessment.band()).isEqualTo(Band.NONE);
        assertThat(assessment.triggers()).doesNotContain("score-drop-alert");
    }

    /** One October week whose login and adoption are both {@code monthScore}, so it is the month's mean. */
    private static Assessment monthScoring(Previous previous, String monthScore) {
        return score("2026-10", previous, week("acme", "2026-10-05", monthScore, monthScore, null));
    }
}
