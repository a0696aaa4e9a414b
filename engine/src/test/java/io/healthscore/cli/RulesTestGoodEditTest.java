package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule author moves the THRIVING threshold from 76 to 80: the rules still compile and score, and exactly the
 * scenarios that pin the old boundary fail, each with the expected and the actual band.
 */
class RulesTestGoodEditTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    void should_fail_exactly_the_boundary_scenarios_with_expected_and_actual_when_thriving_starts_at_80() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules")).withRepoScenarios();
        rules.edit("30-bands.drl", text -> text
                .replace("MonthlyScore( score >= 76 )", "MonthlyScore( score >= 80 )")
                .replace("MonthlyScore( score >= 51, score <= 75 )", "MonthlyScore( score >= 51, score <= 79 )"));

        CliRun run = CliRun.run(CLOCK, "rules", "test", "--rules", rules.path().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.outLines()).filteredOn(line -> line.startsWith("FAIL ")).containsExactly(
                "FAIL 20-bands.yaml:22 a mean of exactly 75.5 rounds half up to 76, THRIVING",
                "FAIL 20-bands.yaml:38 75.6 and 75.4 average to exactly 75.5, which rounds to 76"
                        + " (binary floating point would give 75.49999...)",
                "FAIL 20-bands.yaml:47 75 and 76 average to 75.5, which rounds to 76",
                "FAIL 20-bands.yaml:91 76 is THRIVING (bottom)");
        assertThat(run.outLines()).filteredOn(line -> line.startsWith("       "))
                .containsExactlyElementsOf(List.of(
                        "       band: expected THRIVING, actual HEALTHY", "       band: expected THRIVING, actual HEALTHY",
                        "       band: expected THRIVING, actual HEALTHY", "       band: expected THRIVING, actual HEALTHY"));
        assertThat(run.outLines()).last().asString().startsWith("rules test: 52 scenarios in 3 files, 48 passed, 4 failed (rules ");
        Stderr.assertNoStackTrace(run);
    }

    @Test
    void should_show_the_failure_under_its_scenario_when_a_scenario_fails() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules")).withRepoScenarios();
        rules.edit("40-triggers.drl", text -> text.replace("insert(new Trigger(\"loyalty-offer\"));", ""));

        CliRun run = CliRun.run(CLOCK, "rules", "test", "--rules", rules.path().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        int failure = run.outLines().indexOf("FAIL 30-triggers.yaml:74 entering HEALTHY from STEADY");
        assertThat(failure).isNotNegative();
        assertThat(run.outLines().get(failure + 1)).isEqualTo("       triggers: expected"
                + " [internal-notification, loyalty-offer, upsell-opportunity], actual [internal-notification, upsell-opportunity]");
    }
}
