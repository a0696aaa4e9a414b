package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules that compile but misbehave for some months fail those scenarios with the rules' message; the others still run. */
class RulesTestRuleFailureTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    void should_fail_that_scenario_with_the_message_when_a_rule_assigns_a_second_band() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules")).withRepoScenarios();
        rules.write("50-second-band.drl", """
                package healthscore.rules;
                dialect "mvel"
                import io.healthscore.assessment.Band;
                import io.healthscore.rules.facts.MonthBand;
                import io.healthscore.rules.facts.MonthlyScore;

                rule "a perfect score is HEALTHY as well"
                when
                    MonthlyScore( score == 100 )
                then
                    insert(new MonthBand(Band.HEALTHY));
                end
                """);

        CliRun run = CliRun.run(CLOCK, "rules", "test", "--rules", rules.path().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        int failure = run.outLines().indexOf("FAIL 20-bands.yaml:87 100 is THRIVING (top)");
        assertThat(failure).as(run.out()).isNotNegative();
        assertThat(run.outLines().get(failure + 1)).startsWith("       the rules failed: ")
                .contains("the rules assigned 2 bands").contains("exactly one MonthBand");
        assertThat(run.outLines()).filteredOn(line -> line.startsWith("FAIL ")).hasSize(1);
        assertThat(run.outLines()).last().asString().startsWith("rules test: 52 scenarios in 3 files, 51 passed, 1 failed");
        Stderr.assertNoStackTrace(run);
    }

    @Test
    void should_fail_that_scenario_with_the_message_when_a_rule_condition_throws() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules")).withRepoScenarios();
        rules.write("50-throws.drl", """
                package healthscore.rules;
                import io.healthscore.assessment.Previous;
                import io.healthscore.rules.facts.MonthlyScore;
                import io.healthscore.rules.facts.Trigger;

                rule "reads the previous score without asking whether there is one"
                when
                    MonthlyScore( $score : score, score == 26 )
                    Previous( score.intValue() > $score )
                then
                    insert(new Trigger("never"));
                end
                """);

        CliRun run = CliRun.run(CLOCK, "rules", "test", "--rules", rules.path().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        int failure = run.outLines().indexOf("FAIL 20-bands.yaml:107 26 is STEADY (bottom)");
        assertThat(failure).as(run.out()).isNotNegative();
        assertThat(run.outLines().get(failure + 1)).startsWith("       the rules failed: ").contains("score.intValue()");
        Stderr.assertNoStackTrace(run);
    }
}
