package io.healthscore.scoring;

import static io.healthscore.testhelper.DefaultRules.score;
import static io.healthscore.testhelper.DefaultRules.week;
import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Previous;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contract 3: entering a band (a band that differs from the previous assessment's; a first assessment enters its
 * band) emits that band's two triggers and the internal notification; staying in a band emits none of them.
 * Month scores: THRIVING 80, HEALTHY 70, STEADY 45, AT_RISK 20. Previous scores sit at the bottom of their band
 * so that a one-band fall stays under the 15-point drop alert; two-band falls add it.
 */
class BandEntryTriggerTest {

    @ParameterizedTest(name = "{0} {1} -> {2}: {3}")
    @CsvSource(nullValues = "null", value = {
            // first assessment: previous band NONE
            "NONE, null, 80, case-study-request;referral-request;internal-notification",
            "NONE, null, 70, upsell-opportunity;loyalty-offer;internal-notification",
            "NONE, null, 45, support-resources-email;engagement-email;internal-notification",
            "NONE, null, 20, outreach-email;follow-up-task;internal-notification",
            // from THRIVING
            "THRIVING, 76, 70, upsell-opportunity;loyalty-offer;internal-notification",
            "THRIVING, 76, 45, support-resources-email;engagement-email;internal-notification;score-drop-alert",
            "THRIVING, 76, 20, outreach-email;follow-up-task;internal-notification;score-drop-alert",
            // from HEALTHY
            "HEALTHY, 51, 80, case-study-request;referral-request;internal-notification",
            "HEALTHY, 51, 45, support-resources-email;engagement-email;internal-notification",
            "HEALTHY, 51, 20, outreach-email;follow-up-task;internal-notification;score-drop-alert",
            // from STEADY
            "STEADY, 26, 80, case-study-request;referral-request;internal-notification",
            "STEADY, 26, 70, upsell-opportunity;loyalty-offer;internal-notification",
            "STEADY, 26, 20, outreach-email;follow-up-task;internal-notification",
            // from AT_RISK
            "AT_RISK, 10, 80, case-study-request;referral-request;internal-notification",
            "AT_RISK, 10, 70, upsell-opportunity;loyalty-offer;internal-notification",
            "AT_RISK, 10, 45, support-resources-email;engagement-email;internal-notification"})
    void should_emit_the_band_triggers_and_internal_notification_when_a_band_is_entered(Band previousBand,
            Integer previousScore, String monthScore, String expected) {
        Assessment assessment = score("2026-10", new Previous(previousBand, previousScore),
                week("acme", "2026-10-05", monthScore, monthScore, null));

        assertThat(assessment.band()).isNotEqualTo(previousBand);
        assertThat(assessment.triggers()).containsExactlyInAnyOrderElementsOf(Arrays.asList(expected.split(";")));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({"THRIVING, 76, 90", "THRIVING, 100, 86", "HEALTHY, 51, 65", "HEALTHY, 75, 61",
            "STEADY, 26, 50", "STEADY, 50, 36", "AT_RISK, 0, 25", "AT_RISK, 25, 11"})
    void should_emit_nothing_when_the_company_stays_in_its_band(Band band, int previousScore, String monthScore) {
        Assessment assessment = score("2026-10", new Previous(band, previousScore),
                week("acme", "2026-10-05", monthScore, monthScore, null));

        assertThat(assessment.band()).isEqualTo(band);
        assertThat(assessment.triggers()).isEmpty();
    }
}
