package io.healthscore.scoring;

import static io.healthscore.testhelper.DefaultRules.score;
import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Previous;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contract 2.3 and 3: a month without weekly data is band NONE with no score and no drivers; changing to NONE
 * is a band change that sends the internal notification only.
 */
class NoDataMonthTest {

    @Test
    void should_assess_band_none_without_score_or_drivers_when_the_month_has_no_weeks() {
        Assessment assessment = score("2026-10", new Previous(Band.HEALTHY, 60));

        assertThat(assessment.band()).isEqualTo(Band.NONE);
        assertThat(assessment.score()).isNull();
        assertThat(assessment.mean()).isNull();
        assertThat(assessment.drivers().weeks()).isZero();
        assertThat(assessment.drivers().login()).isNull();
        assertThat(assessment.drivers().adoption()).isNull();
        assertThat(assessment.drivers().nps()).isNull();
        assertThat(assessment.drivers().change()).isNull();
    }

    @ParameterizedTest(name = "{0} {1} -> NONE")
    @CsvSource({"THRIVING, 95", "HEALTHY, 60", "STEADY, 40", "AT_RISK, 10"})
    void should_emit_only_the_internal_notification_when_the_band_changes_to_none(Band previousBand, int previousScore) {
        // no band-entry triggers for NONE, and no score-drop-alert: there is no score to have dropped
        Assessment assessment = score("2026-10", new Previous(previousBand, previousScore));

        assertThat(assessment.triggers()).containsExactly("internal-notification");
    }

    @Test
    void should_emit_nothing_when_a_first_assessment_has_no_data() {
        Assessment assessment = score("2026-10", Previous.NONE);

        assertThat(assessment.band()).isEqualTo(Band.NONE);
        assertThat(assessment.triggers()).isEmpty();
    }

    @Test
    void should_keep_the_previous_assessment_when_the_month_has_no_data() {
        Assessment assessment = score("2026-10", new Previous(Band.STEADY, 33));

        assertThat(assessment.previous()).isEqualTo(new Previous(Band.STEADY, 33));
    }
}
