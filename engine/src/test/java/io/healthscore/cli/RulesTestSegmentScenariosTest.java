package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.Stderr;
import io.healthscore.testhelper.VocabularyRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rules test} runs the scenarios of each segment folder too ({@code segments/ID/scenarios/}, of segment ID
 * unless a scenario names another), and counts how many scenarios each rule set scored.
 */
class RulesTestSegmentScenariosTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");
    private static final String LOW_MONTH = "[{login: 10, adoption: 10}, {login: 10, adoption: 10},"
            + " {login: 10, adoption: 10}, {login: 10, adoption: 10}]";
    private static final String BASE = """
            - scenario: a low score is AT_RISK for a company without a segment folder
              weeks: %1$s
              expect: {ruleSet: base, band: AT_RISK}
            - scenario: a base scenario may name the segment
              segment: enterprise
              weeks: %1$s
              expect: {ruleSet: enterprise, band: STEADY}
            """.formatted(LOW_MONTH);
    private static final String ENTERPRISE = """
            - scenario: a low score holds an enterprise account at STEADY
              weeks: %s
              expect: {ruleSet: enterprise, band: STEADY, bandReason: "%s"}
            """.formatted(LOW_MONTH, VocabularyRules.HOLD_REASON);

    @TempDir
    Path folder;

    @Test
    void should_run_the_segment_folder_scenarios_with_the_segment_rules_and_count_each_set_when_segments_have_scenarios() {
        RulesFolder rules = rules();
        InputFile.raw(rules.path(), "segments/enterprise/scenarios/10-hold.yaml", ENTERPRISE);

        CliRun run = CliRun.run(CLOCK, "rules", "test", "--rules", rules.path().toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.outLines()).hasSize(4).startsWith(
                "PASS base.yaml:1 a low score is AT_RISK for a company without a segment folder",
                "PASS base.yaml:4 a base scenario may name the segment",
                "PASS segments/enterprise/scenarios/10-hold.yaml:1 a low score holds an enterprise account at STEADY");
        assertThat(run.outLines().get(3)).startsWith("rules test: 3 scenarios in 2 files (1 base, 2 segment enterprise),"
                + " 3 passed, 0 failed (rules ");
    }

    @Test
    void should_count_a_segment_without_scenarios_as_0_when_its_folder_has_none() {
        CliRun run = CliRun.run(CLOCK, "rules", "test", "--rules", rules().path().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).last().asString().startsWith("rules test: 2 scenarios in 1 file"
                + " (1 base, 1 segment enterprise), 2 passed, 0 failed (rules ");
    }

    @Test
    void should_fail_the_segment_scenario_showing_what_differs_when_the_segment_rules_disagree() {
        RulesFolder rules = rules();
        InputFile.raw(rules.path(), "segments/enterprise/scenarios/10-hold.yaml", """
                - scenario: expects the base band
                  weeks: %s
                  expect: {band: AT_RISK, bandReason: null}
                """.formatted(LOW_MONTH));

        CliRun run = CliRun.run(CLOCK, "rules", "test", "--rules", rules.path().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).containsSequence("FAIL segments/enterprise/scenarios/10-hold.yaml:1 expects the base band",
                "       band: expected AT_RISK, actual STEADY",
                "       bandReason: expected null, actual \"" + VocabularyRules.HOLD_REASON + "\"");
    }

    @Test
    void should_exit_3_naming_file_line_and_field_when_a_segment_scenario_gives_history_in_the_wrong_shape() {
        RulesFolder rules = rules();
        Path file = InputFile.raw(rules.path(), "segments/enterprise/scenarios/10-hold.yaml", ENTERPRISE + """
                - scenario: history as a mapping
                  history: {month: 2026-09, score: 20, band: AT_RISK}
                  weeks: []
                  expect: {band: NONE}
                """);

        CliRun run = CliRun.run(CLOCK, "rules", "test", "--rules", rules.path().toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).containsExactly(file + ":5: history: is a mapping; accepted: a list of earlier"
                + " assessments, e.g. [{month: 2026-09, score: 70, band: HEALTHY}]");
        assertThat(run.outLines()).last().asString().startsWith("rules test: 3 scenarios in 2 files"
                + " (1 base, 2 segment enterprise), 3 passed, 0 failed, 1 invalid skipped (rules ");
        Stderr.assertNoStackTrace(run);
    }

    @Test
    void should_still_run_the_segment_scenarios_when_scenarios_names_another_base_folder() {
        RulesFolder rules = rules();
        InputFile.raw(rules.path(), "segments/enterprise/scenarios/10-hold.yaml", ENTERPRISE);
        Path elsewhere = folder.resolve("elsewhere");
        InputFile.raw(elsewhere, "other.yaml", """
                - scenario: from elsewhere
                  weeks: []
                  expect: {band: NONE}
                """);

        CliRun run = CliRun.run(CLOCK, "rules", "test", "--rules", rules.path().toString(), "--scenarios",
                elsewhere.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly("PASS other.yaml:1 from elsewhere",
                "PASS segments/enterprise/scenarios/10-hold.yaml:1 a low score holds an enterprise account at STEADY",
                run.outLines().get(2));
        assertThat(run.outLines().get(2)).startsWith("rules test: 2 scenarios in 2 files (1 base, 1 segment enterprise),");
    }

    private RulesFolder rules() {
        RulesFolder rules = VocabularyRules.copy(folder.resolve("rules"));
        InputFile.raw(rules.path(), "scenarios/base.yaml", BASE);
        return rules;
    }
}
