package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules that do not compile are reported as every other command reports them, exit 4, and no scenario runs. */
class RulesTestBrokenRulesTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    void should_exit_4_naming_file_and_line_and_run_no_scenario_when_the_rules_do_not_compile() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules")).withRepoScenarios();
        rules.edit("30-bands.drl", text -> text.replace("MonthlyScore( score >= 76 )", "MonthlyScore( score >= 76 "));

        CliRun run = CliRun.run(CLOCK, "rules", "test", "--rules", rules.path().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.errLines()).first().asString().startsWith(rules.file("30-bands.drl") + ":");
        assertThat(run.errLines()).last().asString().contains("the rules do not compile");
        assertThat(run.out()).isEmpty();
        Stderr.assertNoStackTrace(run);
    }

    @Test
    void should_exit_4_when_the_rules_do_not_compile_and_a_scenario_file_is_invalid_too() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules")).withRepoScenarios();
        rules.write("50-unknown.drl", "package healthscore.rules;\nrule \"x\" when NoSuchFact() then end\n");
        rules.write("scenarios/broken.yaml", "- scenario: [\n");

        CliRun run = CliRun.run(CLOCK, "rules", "test", "--rules", rules.path().toString());

        assertThat(run.exitCode()).isEqualTo(4);
    }
}
