package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules check} on the real rules and on a good edit of them: exit 0, one summary line, no problems. */
class RulesCheckTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-11-02T07:00:00Z");

    @TempDir
    Path folder;

    private RulesFolder rules;

    @BeforeEach
    void copyRules() {
        rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
    }

    @Test
    void should_exit_0_with_counts_hash_and_a_passed_probe_when_the_default_rules_are_checked() {
        CliRun run = CliRun.run(CLOCK, "rules", "check", "--rules", rules.path().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).singleElement().asString()
                .startsWith("rules check " + rules.path() + ": 4 files, 14 rules, 0 errors, 0 warnings; compiled as ")
                .endsWith("; every score 0-100 and a month without data get exactly one band");
    }

    @Test
    void should_exit_0_with_a_new_hash_when_a_threshold_is_moved_consistently() {
        String before = CliRun.run(CLOCK, "rules", "check", "--rules", rules.path().toString()).out();
        rules.edit("30-bands.drl", text -> text.replace("score >= 76", "score >= 80").replace("score <= 75", "score <= 79"));

        CliRun run = CliRun.run(CLOCK, "rules", "check", "--rules", rules.path().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("0 errors, 0 warnings").isNotEqualTo(before);
    }

    @Test
    void should_exit_2_with_one_line_when_no_subcommand_is_given() {
        CliRun run = CliRun.run(CLOCK, "rules");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("check");
        Stderr.assertNoStackTrace(run);
    }
}
