package io.healthscore.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.rules.RuleCompiler;
import io.healthscore.rules.RuleSet;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.VocabularyRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that read the company's past see a scenario's history:, pastWeeks: and sent: as they would see the store's,
 * and the new expectations check what the explanation records.
 */
class ScenarioPastRulesTest {
    private static final String FOUR_WEEKS = "[{login: %1$s, adoption: %1$s}, {login: %1$s, adoption: %1$s},"
            + " {login: %1$s, adoption: %1$s}, {login: %1$s, adoption: %1$s}]";

    @TempDir
    static Path rulesFolder;
    private static RuleSet rules;

    @TempDir
    Path folder;

    @BeforeAll
    static void compile() {
        rules = new RuleCompiler(1).compile(VocabularyRules.copy(rulesFolder.resolve("rules")).path());
    }

    @AfterAll
    static void close() {
        rules.close();
    }

    @Test
    void should_escalate_and_not_re_enter_when_the_history_holds_the_month_before_at_risk() {
        ScenarioResult result = run("""
                - scenario: a second month AT_RISK escalates
                  history:
                    - {month: 2026-09, score: 20, band: AT_RISK}
                  weeks: %s
                  expect: {band: AT_RISK, triggers: [escalation]}
                """.formatted(FOUR_WEEKS.formatted(10)));

        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void should_not_escalate_when_the_month_before_was_shown_in_another_band_by_an_override() {
        ScenarioResult result = run("""
                - scenario: a pinned month ends the streak
                  history:
                    - {month: 2026-09, score: 20, band: AT_RISK, effectiveBand: STEADY}
                    - {month: 2026-08, score: 20, band: AT_RISK}
                  weeks: %s
                  expect: {band: AT_RISK, triggers: [escalation]}
                """.formatted(FOUR_WEEKS.formatted(10)));

        // the previous assessment defaults to the newest history month as shown: STEADY, so AT_RISK is entered
        assertThat(result.reasons()).containsExactly("triggers: expected [escalation],"
                + " actual [follow-up-task, internal-notification, outreach-email]");
    }

    @Test
    void should_hold_the_trigger_back_and_expect_it_suppressed_when_it_was_sent_within_its_cooldown() {
        ScenarioResult result = run("""
                - scenario: a renewal call two months ago holds this one back
                  previous: {band: HEALTHY, score: 60}
                  sent: {renewal-call: 2026-08}
                  weeks: %s
                  expect: {band: HEALTHY, triggers: [], suppressed: [renewal-call]}
                """.formatted(FOUR_WEEKS.formatted(60)));

        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void should_emit_the_trigger_again_when_its_cooldown_has_passed() {
        ScenarioResult result = run("""
                - scenario: three months after the last renewal call
                  previous: {band: HEALTHY, score: 60}
                  sent: {renewal-call: 2026-07}
                  weeks: %s
                  expect: {triggers: [renewal-call], suppressed: []}
                """.formatted(FOUR_WEEKS.formatted(60)));

        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void should_show_expected_and_actual_when_suppressed_triggers_differ() {
        ScenarioResult result = run("""
                - scenario: expects a suppression that a sent month out of the cooldown does not cause
                  previous: {band: HEALTHY, score: 60}
                  sent: {renewal-call: 2026-06}
                  weeks: %s
                  expect: {suppressed: [renewal-call]}
                """.formatted(FOUR_WEEKS.formatted(60)));

        assertThat(result.reasons()).containsExactly("suppressed: expected [renewal-call], actual []");
    }

    @Test
    void should_pass_true_and_the_exact_reason_and_fail_false_when_the_score_is_low_confidence() {
        String month = """
                - scenario: %s
                  previous: {band: HEALTHY, score: 60}
                  weeks: [{login: 60, adoption: 60}, {login: 60, adoption: 60}]
                  expect: {lowConfidence: %s}
                """;

        assertThat(run(month.formatted("any reason", "true")).reasons()).isEmpty();
        assertThat(run(month.formatted("this reason", "\"2 of 4 weeks have data\"")).reasons()).isEmpty();
        assertThat(run(month.formatted("not low", "false")).reasons())
                .containsExactly("lowConfidence: expected false, actual \"2 of 4 weeks have data\"");
        assertThat(run(month.formatted("another reason", "\"too few weeks\"")).reasons())
                .containsExactly("lowConfidence: expected \"too few weeks\", actual \"2 of 4 weeks have data\"");
    }

    @Test
    void should_fail_true_when_the_score_is_not_low_confidence() {
        ScenarioResult result = run("""
                - scenario: a full month
                  weeks: %s
                  expect: {lowConfidence: true, bandReason: null, ruleSet: base}
                """.formatted(FOUR_WEEKS.formatted(60)));

        assertThat(result.reasons()).containsExactly("lowConfidence: expected true, actual false");
    }

    @Test
    void should_flag_a_login_decline_only_when_the_past_weeks_show_the_fall_before_a_flat_month() {
        String month = """
                - scenario: login falls from 100 to a flat 60
                  previous: {band: HEALTHY, score: 65}
                  pastWeeks: %s
                  weeks: %s
                  expect: {band: HEALTHY, triggers: [login-decline, renewal-call]}
                """;
        String past = "[{week: 2026-09-14, login: 100, adoption: 60}, {week: 2026-09-21, login: 90, adoption: 60, score: 75}]";

        assertThat(run(month.formatted(past, FOUR_WEEKS.formatted(60))).reasons()).isEmpty();
        assertThat(run(month.formatted("[]", FOUR_WEEKS.formatted(60))).reasons())
                .containsExactly("triggers: expected [login-decline, renewal-call], actual [renewal-call]");
    }

    @Test
    void should_score_with_the_segment_set_and_check_its_forced_band_reason_when_the_scenario_names_the_segment() {
        ScenarioResult result = run("""
                - scenario: a low score holds an enterprise account at STEADY
                  segment: enterprise
                  weeks: %s
                  expect: {ruleSet: enterprise, band: STEADY, bandReason: "%s"}
                """.formatted(FOUR_WEEKS.formatted(10), VocabularyRules.HOLD_REASON));

        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void should_show_expected_and_actual_set_and_reason_when_they_differ() {
        ScenarioResult result = run("""
                - scenario: a base company is not held
                  weeks: %s
                  expect: {ruleSet: enterprise, bandReason: "held"}
                """.formatted(FOUR_WEEKS.formatted(10)));

        assertThat(result.reasons()).containsExactly("bandReason: expected \"held\", actual null",
                "ruleSet: expected enterprise, actual base");
    }

    @Test
    void should_pass_the_readme_example_of_a_past_when_the_rules_are_those_its_comment_describes() throws IOException {
        String readme = Files.readString(Repo.rules().resolve("README.md"));
        int start = readme.indexOf("```yaml", readme.indexOf("For rules that read the company's past"));
        String example = readme.substring(readme.indexOf('\n', start) + 1, readme.indexOf("```", start + 7));

        assertThat(run(example).reasons()).isEmpty();
    }

    private ScenarioResult run(String yaml) {
        return new ScenarioRunner(rules).run(ScenarioFiles.single(folder, yaml));
    }
}
