package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SettableClock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warnings point at likely mistakes that compile: they are shown with file, line and column, and exit 0. */
class RuleWarningTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-11-02T07:00:00Z");

    @TempDir
    Path folder;

    @Test
    void should_warn_about_binary_floating_point_numbers_and_rules_without_salience() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
        rules.write("50-guard.drl", """
                package healthscore.rules;
                dialect "mvel"
                import io.healthscore.rules.facts.MonthlyScore;
                import io.healthscore.rules.facts.Trigger;

                rule "almost thriving"
                when
                    MonthlyScore( mean >= 75.5 )
                then
                    insert(new Trigger("nearly-there"));
                end
                """);

        CliRun run = CliRun.run(CLOCK, "rules", "check", "--rules", rules.path().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String file = rules.file("50-guard.drl").toString();
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith(file + ":8:27: warning: 75.5 is a binary floating-point number")
                .contains("new BigDecimal(\"75.5\")");
        assertThat(run.errLines().get(1)).startsWith(file + ":6:1: warning: rule \"almost thriving\" has no salience");
        assertThat(run.out()).contains("0 errors, 2 warnings; compiled as");
    }
}
