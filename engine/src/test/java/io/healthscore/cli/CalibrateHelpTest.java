package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.SettableClock;
import org.junit.jupiter.api.Test;

class CalibrateHelpTest {
    @Test
    void should_print_every_option_without_a_picocli_warning_when_asked_for_help() {
        CliRun run = CliRun.run(SettableClock.at("2026-11-02T07:00:00Z"), "calibrate", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).doesNotContain("WARN");
        assertThat(run.out()).contains("Wilson 95% interval", "--horizon=N", "--outcomes=FILE", "--rules=CANDIDATE",
                "--in-force=FOLDER", "--format=FORMAT", "(default: 3)");
    }

    @Test
    void should_fail_with_usage_when_the_outcomes_file_has_an_unknown_extension() {
        CliRun run = CliRun.run(SettableClock.at("2026-11-02T07:00:00Z"), "calibrate", "--outcomes", "pom.xml"); // engine/pom.xml: the tests run in engine/

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--outcomes pom.xml: unknown format; accepted: a .csv or .jsonl outcomes file");
    }
}
