package io.healthscore.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Previous;
import io.healthscore.rules.facts.PastMonth;
import io.healthscore.rules.facts.SeriesWeek;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a scenario's history:, pastWeeks: and sent: are read, and what previous: defaults to with a history. */
class ScenarioPastReadingTest {
    @TempDir
    Path folder;

    @Test
    void should_read_history_newest_first_with_effective_band_and_low_confidence_defaults_when_given_in_any_order() {
        Scenario scenario = ScenarioFiles.single(folder, """
                - scenario: history
                  history:
                    - {month: 2026-08, score: 40, band: STEADY, lowConfidence: true}
                    - {month: 2026-09, score: 20, band: AT_RISK, effectiveBand: STEADY}
                    - {month: 2026-06, score: null, band: NONE}
                  weeks: []
                  expect: {band: NONE}
                """);

        assertThat(scenario.past().months()).containsExactly(
                new PastMonth(YearMonth.of(2026, 9), 20, Band.AT_RISK, Band.STEADY, false),
                new PastMonth(YearMonth.of(2026, 8), 40, Band.STEADY, Band.STEADY, true),
                new PastMonth(YearMonth.of(2026, 6), null, Band.NONE, Band.NONE, false));
    }

    @Test
    void should_take_the_newest_history_month_as_shown_for_previous_when_previous_is_absent() {
        Scenario scenario = ScenarioFiles.single(folder, """
                - scenario: previous from history
                  history:
                    - {month: 2026-07, score: 80, band: THRIVING}
                    - {month: 2026-08, score: 20, band: AT_RISK, effectiveBand: STEADY}
                  weeks: []
                  expect: {band: NONE}
                """);

        assertThat(scenario.input().previous()).isEqualTo(new Previous(Band.STEADY, 20));
    }

    @Test
    void should_keep_previous_as_given_when_both_previous_and_history_are_given() {
        String yaml = """
                - scenario: previous given
                  previous: %s
                  history: [{month: 2026-09, score: 20, band: AT_RISK}]
                  weeks: []
                  expect: {band: NONE}
                """;

        assertThat(ScenarioFiles.single(folder, yaml.formatted("{band: HEALTHY, score: 70}")).input().previous())
                .isEqualTo(new Previous(Band.HEALTHY, 70));
        assertThat(ScenarioFiles.single(folder, yaml.formatted("null")).input().previous()).isEqualTo(Previous.NONE);
    }

    @Test
    void should_read_past_weeks_oldest_first_with_optional_nps_and_score() {
        Scenario scenario = ScenarioFiles.single(folder, """
                - scenario: past weeks
                  pastWeeks:
                    - {week: 2026-09-21, login: 80, adoption: 70, nps: -20, score: 71.5}
                    - {week: 2026-09-07, login: 90, adoption: 60.25}
                  weeks: []
                  expect: {band: NONE}
                """);

        assertThat(scenario.past().weeks()).containsExactly(
                new SeriesWeek(LocalDate.parse("2026-09-07"), new BigDecimal("90"), new BigDecimal("60.25"), null, null),
                new SeriesWeek(LocalDate.parse("2026-09-21"), new BigDecimal("80"), new BigDecimal("70"),
                        new BigDecimal("-20"), new BigDecimal("71.5")));
    }

    @Test
    void should_read_the_month_each_trigger_was_last_sent() {
        Scenario scenario = ScenarioFiles.single(folder, """
                - scenario: sent
                  sent: {loyalty-offer: 2026-08, referral-request: 2025-12}
                  weeks: []
                  expect: {band: NONE}
                """);

        assertThat(scenario.past().sent()).isEqualTo(Map.of("loyalty-offer", YearMonth.of(2026, 8),
                "referral-request", YearMonth.of(2025, 12)));
    }

    @Test
    void should_give_no_past_and_a_first_assessment_when_history_past_weeks_and_sent_are_left_out() {
        Scenario scenario = ScenarioFiles.single(folder, """
                - scenario: no past
                  weeks: []
                  expect: {band: NONE}
                """);

        assertThat(scenario.past().months()).isEmpty();
        assertThat(scenario.past().weeks()).isEmpty();
        assertThat(scenario.past().sent()).isEmpty();
        assertThat(scenario.input().previous()).isEqualTo(Previous.NONE);
    }

    @Test
    void should_check_the_explanation_fields_given_when_expect_names_them() {
        Expectation reason = ScenarioFiles.single(folder, """
                - scenario: explained
                  weeks: []
                  expect: {suppressed: [loyalty-offer], lowConfidence: "2 of 4 weeks have data", bandReason: held, ruleSet: enterprise}
                """).expectation();
        Expectation any = ScenarioFiles.single(folder, """
                - scenario: any reason, no forced band
                  weeks: []
                  expect: {lowConfidence: true, bandReason: null}
                """).expectation();

        assertThat(reason.checked()).containsExactlyInAnyOrder("suppressed", "lowConfidence", "bandReason", "ruleSet");
        assertThat(reason.expected().suppressed()).containsExactly("loyalty-offer");
        assertThat(reason.expected().lowConfidence()).isEqualTo("2 of 4 weeks have data");
        assertThat(reason.expected().bandReason()).isEqualTo("held");
        assertThat(reason.expected().ruleSet()).isEqualTo("enterprise");
        assertThat(reason.anyLowConfidenceReason()).isFalse();
        assertThat(any.checked()).containsExactlyInAnyOrder("lowConfidence", "bandReason");
        assertThat(any.anyLowConfidenceReason()).isTrue();
        assertThat(any.expected().bandReason()).isNull();
    }
}
