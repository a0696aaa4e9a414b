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

/** {@code rules check} places each error at the line and column of what is wrong, and exits 4. */
class RulesCheckErrorLocationTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-11-02T07:00:00Z");
    private static final String HEAD = """
            package healthscore.rules;
            dialect "mvel"

            import io.healthscore.rules.facts.MonthlyScore;
            import io.healthscore.rules.facts.Trigger;

            """;

    @TempDir
    Path folder;

    private RulesFolder rules;

    @BeforeEach
    void copyRules() {
        rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
    }

    @Test
    void should_give_line_and_column_when_a_pattern_is_not_closed() {
        rules.edit("30-bands.drl", text -> text.replace("MonthlyScore( score >= 51, score <= 75 )",
                "MonthlyScore( score >= 51, score <= 75"));

        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(4);
        // Drools notices the missing parenthesis at the "then" that follows it, in column 1 of line 22
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo(rules.file("30-bands.drl") + ":22:1: [ERR 102] mismatched input 'then' in rule"
                        + " \"band HEALTHY: 51 to 75\"");
        assertThat(run.out()).contains("1 error").contains("do not compile");
        Stderr.assertNoStackTrace(run);
    }

    @Test
    void should_point_at_the_type_when_a_rule_names_an_unknown_fact_type() {
        rules.write("50-guard.drl", HEAD + """
                rule "guard"
                    salience 75
                when
                    MonthlyScor( score < 10 )
                then
                    insert(new Trigger("low"));
                end
                """);

        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(rules.file("50-guard.drl") + ":10:5: ").contains("Unable to resolve ObjectType 'MonthlyScor'");
    }

    @Test
    void should_point_at_the_field_when_a_condition_names_an_unknown_field() {
        rules.write("50-guard.drl", HEAD + """
                rule "guard"
                    salience 75
                when
                    MonthlyScore( score < 10, sccore > 2 )
                then
                    insert(new Trigger("low"));
                end
                """);

        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(rules.file("50-guard.drl") + ":10:31: ").contains("sccore");
    }

    @Test
    void should_point_at_the_line_of_the_consequence_when_it_names_an_unknown_field() {
        rules.write("50-guard.drl", HEAD.replace("dialect \"mvel\"\n", "") + """
                rule "guard"
                    salience 75
                when
                    $month : MonthlyScore( score < 10 )
                then
                    insert(new Trigger($month.nosuch));
                end
                """);

        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(rules.file("50-guard.drl") + ":11:").contains("nosuch");
    }

    private CliRun check() {
        return CliRun.run(CLOCK, "rules", "check", "--rules", rules.path().toString());
    }
}
