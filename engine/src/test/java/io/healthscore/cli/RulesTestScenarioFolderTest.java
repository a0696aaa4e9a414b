package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SettableClock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios are the *.yaml and *.yml files of scenarios/ in the rules folder, or of --scenarios; finding none is a
 * failure that says where it looked and what it accepts.
 */
class RulesTestScenarioFolderTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");
    private static final String SCENARIO = """
            - scenario: %s
              weeks: [{login: 60, adoption: 60}]
              expect: {band: HEALTHY}
            """;

    @TempDir
    Path folder;

    @Test
    void should_read_the_scenarios_folder_of_the_rules_folder_when_no_scenarios_option_is_given() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
        InputFile.raw(rules.path(), "scenarios/one.yaml", SCENARIO.formatted("from the rules folder"));

        CliRun run = CliRun.run(CLOCK, "rules", "test", "--rules", rules.path().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).first().isEqualTo("PASS one.yaml:1 from the rules folder");
    }

    @Test
    void should_read_yaml_and_yml_files_in_name_order_and_nothing_else_when_scenarios_points_at_a_folder() {
        InputFile.raw(folder, "b.yml", SCENARIO.formatted("second"));
        InputFile.raw(folder, "a.yaml", SCENARIO.formatted("first"));
        InputFile.raw(folder, ".a.yaml.swp", "not YAML at all: [");
        InputFile.raw(folder, "notes.txt", "not a scenario file");
        InputFile.raw(folder, "sub/c.yaml", SCENARIO.formatted("in a sub-folder"));

        CliRun run = runWithScenarios(folder);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(3).startsWith("PASS a.yaml:1 first", "PASS b.yml:1 second");
        assertThat(run.outLines().get(2)).startsWith("rules test: 2 scenarios in 2 files, 2 passed, 0 failed (rules ");
    }

    @Test
    void should_exit_1_saying_where_it_looked_and_what_it_accepts_when_the_folder_has_no_scenario_file() {
        InputFile.raw(folder, "notes.txt", "not a scenario file");

        CliRun run = runWithScenarios(folder);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("healthscore: no scenario file in " + folder + "; accepted: *.yaml or *.yml files there,"
                        + " each a YAML list of scenarios (by default in the scenarios/ folder of the rules folder;"
                        + " --scenarios FOLDER points elsewhere)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_exit_1_saying_where_it_looked_when_the_rules_folder_has_no_scenarios_folder() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));

        CliRun run = CliRun.run(CLOCK, "rules", "test", "--rules", rules.path().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("healthscore: no scenario folder " + rules.file("scenarios") + "; accepted: ");
    }

    @Test
    void should_exit_1_when_the_scenario_files_hold_no_scenario() {
        InputFile.raw(folder, "empty.yaml", "# scenarios to come\n");

        CliRun run = runWithScenarios(folder);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("no scenario in the 1 file of " + folder);
    }

    private static CliRun runWithScenarios(Path scenarios) {
        return CliRun.run(CLOCK, "rules", "test", "--rules", Repo.rules().toString(), "--scenarios", scenarios.toString());
    }
}
