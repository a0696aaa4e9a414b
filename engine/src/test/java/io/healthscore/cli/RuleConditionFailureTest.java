package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule whose condition throws (here: arithmetic on the previous score of a first assessment, which is null)
 * stops the run with one line naming the company and month, and {@code rules check} finds it before.
 */
class RuleConditionFailureTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-11-02T07:00:00Z");
    private static final String THROWS = """
            package healthscore.rules;
            import io.healthscore.assessment.Previous;
            import io.healthscore.rules.facts.MonthlyScore;
            import io.healthscore.rules.facts.Trigger;

            rule "reads the previous score without asking whether there is one"
                salience 60
            when
                MonthlyScore( $score : score )
                Previous( score.intValue() > $score )
            then
                insert(new Trigger("recovering"));
            end
            """;

    @TempDir
    Path folder;

    private RulesFolder rules;

    @BeforeEach
    void rulesWithAThrowingCondition() {
        rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
        rules.write("50-throws.drl", THROWS);
    }

    @Test
    void should_exit_1_with_the_company_month_and_condition_when_a_rule_condition_throws_in_a_run() {
        Path store = folder.resolve("store");
        Path metrics = InputFile.lines(folder, "metrics.jsonl", CliStore.week("acme", "2026-10-05", "80", "60", null));
        assertThat(CliRun.run(CLOCK, "ingest", metrics.toString(), "--store", store.toString()).exitCode()).isZero();

        CliRun run = CliRun.run(CLOCK, "score", "acme", "--month", "2026-10", "--store", store.toString(),
                "--rules", rules.path().toString(), "--triggers-file", folder.resolve("triggers.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).first().asString()
                .startsWith("healthscore: company acme 2026-10: a rule condition failed: ")
                .contains("score.intValue()");
        Stderr.assertNoStackTrace(run);
    }

    @Test
    void should_be_found_by_the_band_probe_before_it_goes_live() {
        CliRun run = CliRun.run(CLOCK, "rules", "check", "--rules", rules.path().toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line)
                .startsWith(rules.path() + ": probe: a month whose weeks score 0-100 (without NPS, first assessment)")
                .contains("a rule condition failed"));
    }
}
