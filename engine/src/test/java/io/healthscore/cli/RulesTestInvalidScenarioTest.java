package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An invalid scenario file or entry is one {@code FILE:LINE: field: problem; accepted: ...} line on stderr and is
 * skipped; the valid scenarios still run, and the exit status is 3 unless one of them failed.
 */
class RulesTestInvalidScenarioTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");
    private static final String VALID = """
            - scenario: a valid scenario
              weeks: [{login: 60, adoption: 60}]
              expect: {score: 60, band: HEALTHY}
            """;

    @TempDir
    Path folder;

    @Test
    void should_exit_3_and_skip_the_file_when_its_yaml_does_not_parse() {
        Path bad = InputFile.raw(folder, "bad.yaml", """
                - scenario: an unclosed flow mapping
                  weeks: [{login: 60, adoption: 60
                  expect: {band: HEALTHY}
                """);
        InputFile.raw(folder, "good.yaml", VALID);

        CliRun run = run();

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().startsWith(bad + ":3: yaml: ").contains("; accepted: ");
        assertThat(run.outLines()).hasSize(2).first().isEqualTo("PASS good.yaml:1 a valid scenario");
        assertThat(run.outLines().get(1)).startsWith("rules test: 1 scenario in 2 files, 1 passed, 0 failed, 1 invalid skipped (rules ");
        Stderr.assertNoStackTrace(run);
    }

    @Test
    void should_exit_3_naming_the_key_when_a_scenario_has_an_unknown_key() {
        Path file = InputFile.raw(folder, "scenarios.yaml", VALID + """
                - scenario: a misspelt expect
                  weeks: [{login: 60, adoption: 60}]
                  expected: {band: HEALTHY}
                """);

        CliRun run = run();

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).containsExactly(file + ":6: expected: unknown key;"
                + " accepted: scenario, month, company, segment, previous, history, weeks, pastWeeks, sent, provisional, expect");
        assertThat(run.outLines()).first().isEqualTo("PASS scenarios.yaml:1 a valid scenario");
    }

    @Test
    void should_exit_3_naming_the_complete_weeks_when_a_provisional_scenario_lists_a_later_week() {
        Path file = InputFile.raw(folder, "scenarios.yaml", VALID + """
                - scenario: two weeks complete, but the third listed
                  provisional: {weeks: 2}
                  weeks: [{week: 2026-10-12, login: 20, adoption: 20}]
                  expect: {band: AT_RISK}
                - scenario: more complete weeks than October has
                  provisional: {weeks: 5}
                  weeks: []
                  expect: {band: NONE}
                """);

        CliRun run = run();

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).containsExactly(
                file + ":5: provisional.weeks: week 2026-10-12 of weeks: is not one of the 2 complete weeks of 2026-10"
                        + " (2026-09-28 to 2026-10-05); accepted: weeks: lists complete weeks only (a week not complete"
                        + " yet is left out of a provisional score)",
                file + ":9: provisional.weeks: 5 is not a number of complete weeks of 2026-10; accepted: a whole"
                        + " number from 1 to 4");
        assertThat(run.outLines()).first().isEqualTo("PASS scenarios.yaml:1 a valid scenario");
        Stderr.assertNoStackTrace(run);
    }

    @Test
    void should_exit_3_naming_the_monday_when_a_week_is_a_tuesday() {
        Path file = InputFile.raw(folder, "scenarios.yaml", """
                - scenario: a Tuesday
                  weeks:
                    - {week: 2026-10-13, login: 60, adoption: 60}
                  expect: {band: HEALTHY}
                """ + VALID);

        CliRun run = run();

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).containsExactly(file + ":3: weeks.week: 2026-10-13 is a Tuesday;"
                + " accepted: the Monday that starts the ISO week (here 2026-10-12)");
        assertThat(run.outLines()).first().isEqualTo("PASS scenarios.yaml:5 a valid scenario");
    }

    @Test
    void should_exit_3_naming_the_range_when_login_is_120() {
        Path file = InputFile.raw(folder, "scenarios.yaml", VALID + """
                - scenario: a login above 100 percent
                  weeks:
                    - {login: 60, adoption: 60}
                    - {login: 120, adoption: 60}
                  expect: {band: HEALTHY}
                """);

        CliRun run = run();

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).containsExactly(file + ":7: weeks.login: 120 is out of range; accepted: 0 to 100");
    }

    @Test
    void should_exit_3_naming_the_month_when_a_week_counts_towards_another_month() {
        Path file = InputFile.raw(folder, "scenarios.yaml", """
                - scenario: a week whose Sunday is in November
                  month: 2026-10
                  weeks: [{week: 2026-10-26, login: 60, adoption: 60}]
                  expect: {band: HEALTHY}
                """);

        CliRun run = run();

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).containsExactly(file + ":3: weeks.week: 2026-10-26 counts towards 2026-11"
                + " (its Sunday is 2026-11-01); accepted: the Monday of a week whose Sunday lies in 2026-10:"
                + " 2026-09-28, 2026-10-05, 2026-10-12, 2026-10-19");
        assertThat(run.outLines()).singleElement().asString()
                .startsWith("rules test: 0 scenarios in 1 file, 0 passed, 0 failed, 1 invalid skipped (rules ");
    }

    @Test
    void should_exit_1_when_a_scenario_fails_next_to_an_invalid_one() {
        InputFile.raw(folder, "scenarios.yaml", """
                - scenario: a wrong expectation
                  weeks: [{login: 60, adoption: 60}]
                  expect: {band: THRIVING}
                - scenario: a quoted number
                  weeks: [{login: "60", adoption: 60}]
                  expect: {band: HEALTHY}
                """);

        CliRun run = run();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .endsWith(":5: weeks.login: is the string \"60\"; accepted: a number from 0 to 100, written unquoted");
        assertThat(run.outLines()).contains("FAIL scenarios.yaml:1 a wrong expectation");
    }

    private CliRun run() {
        return CliRun.run(CLOCK, "rules", "test", "--rules", Repo.rules().toString(), "--scenarios", folder.toString());
    }
}
