package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editing rules is deploying code: imports name only the rule vocabulary and JDK value types, and no code reaches
 * the process, files, the network, threads or reflection. A violation is an error with file, line and column,
 * found before anything is compiled, for {@code rules check} and for every command that scores.
 */
class RulePolicyTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-11-02T07:00:00Z");

    @TempDir
    Path folder;

    private RulesFolder rules;

    @BeforeEach
    void copyRules() {
        rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
    }

    @Test
    void should_refuse_an_import_outside_the_rule_vocabulary() {
        rules.edit("10-weekly-score.drl", text -> text.replace("import java.math.BigDecimal;",
                "import java.math.BigDecimal;\nimport java.io.File;"));

        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(rules.file("10-weekly-score.drl") + ":8:1: policy: import java.io.File is not allowed;")
                .contains("io.healthscore.rules.facts.*", "java.math.");
    }

    @Test
    void should_refuse_a_function_body_that_reaches_the_process() {
        rules.write("50-helpers.drl", """
                package healthscore.rules;

                function void stop() {
                    Runtime.getRuntime().exit(1);
                }
                """);

        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo(rules.file("50-helpers.drl") + ":4:5: policy: Runtime is not allowed in rules: it reaches the"
                        + " process, and rules may only compute with facts and values (see rules/README.md, \"What rules"
                        + " may use\")");
    }

    @Test
    void should_refuse_files_network_threads_and_reflection_in_conditions_and_consequences() {
        rules.write("50-reach.drl", """
                package healthscore.rules;
                import io.healthscore.rules.facts.Week;

                rule "reaches out"
                    salience 10
                when
                    $week : Week( eval(java.net.InetAddress.getLoopbackAddress() != null) )
                then
                    new Thread(() -> {}).start();
                    java.nio.file.Files.readString(null);
                    $week.getClass().getClassLoader();
                    String harmless = "System.exit(1) in a string is text";  // and System in a comment is too
                end
                """);

        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(4);
        String file = rules.file("50-reach.drl").toString();
        assertThat(run.errLines()).containsExactly(
                file + ":7:33: policy: InetAddress is not allowed in rules: it reaches the network, and rules may only"
                        + " compute with facts and values (see rules/README.md, \"What rules may use\")",
                file + ":9:9: policy: Thread is not allowed in rules: it reaches threads, and rules may only compute"
                        + " with facts and values (see rules/README.md, \"What rules may use\")",
                file + ":10:19: policy: Files is not allowed in rules: it reaches files, and rules may only compute"
                        + " with facts and values (see rules/README.md, \"What rules may use\")",
                file + ":11:11: policy: getClass is not allowed in rules: it reaches reflection, and rules may only"
                        + " compute with facts and values (see rules/README.md, \"What rules may use\")",
                file + ":11:22: policy: getClassLoader is not allowed in rules: it reaches reflection, and rules may only"
                        + " compute with facts and values (see rules/README.md, \"What rules may use\")");
    }

    @Test
    void should_refuse_a_qualified_name_outside_the_vocabulary_even_when_not_imported() {
        rules.write("50-store.drl", """
                package healthscore.rules;
                import io.healthscore.rules.facts.Week;

                rule "talks to the store"
                    salience 10
                when
                    Week()
                then
                    io.healthscore.store.Database.open(null);
                end
                """);

        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(rules.file("50-store.drl") + ":9:5: policy: io.healthscore.store.Database is not allowed in rules;");
    }

    @Test
    void should_stop_a_month_run_before_compiling_and_write_nothing_when_the_rules_break_the_policy() throws Exception {
        rules.edit("40-triggers.drl", text -> text.replace("insert(new Trigger(\"score-drop-alert\"));",
                "insert(new Trigger(\"score-drop-alert\"));\n    System.exit(3);"));
        Path store = folder.resolve("store");
        Path metrics = InputFile.lines(folder, "metrics.jsonl", CliStore.week("acme", "2026-10-05", "80", "60", null));
        assertThat(CliRun.run(CLOCK, "ingest", metrics.toString(), "--store", store.toString()).exitCode()).isZero();

        CliRun run = CliRun.run(CLOCK, "run", "--month", "2026-10", "--store", store.toString(),
                "--rules", rules.path().toString(), "--triggers-file", folder.resolve("triggers.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.errLines()).first().asString().startsWith(rules.file("40-triggers.drl") + ":").contains("policy: System");
        assertThat(run.errLines()).last().asString().contains("nothing was scored or written");
        assertThat(Files.exists(folder.resolve("triggers.jsonl"))).isFalse();
        Stderr.assertNoStackTrace(run);
    }

    @Test
    void should_refuse_a_consequence_that_reaches_the_session_through_drools_or_kcontext() {
        rules.write("50-session.drl", """
                package healthscore.rules;
                import io.healthscore.rules.facts.Week;

                function void keep(Object helper) {
                }

                rule "reaches the session"
                    salience 10
                when
                    Week()
                then
                    drools.getKieRuntime().getKieBase();
                    kcontext.getKieRuntime().halt();
                    keep(drools);
                    kcontext.getRule();
                end
                """);

        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(4);
        String file = rules.file("50-session.drl").toString();
        String reach = " is not allowed in rules: it reaches the session, and rules may only compute with facts and"
                + " values (see rules/README.md, \"What rules may use\")";
        String onlyAs = "(...), %1$s.insertLogical(...), %1$s.update(...), %1$s.delete(...), %1$s.retract(...): anything"
                + " else reaches the session, the knowledge base and its class loader (see rules/README.md, \"What"
                + " rules may use\")";
        assertThat(run.errLines()).containsExactly(
                file + ":12:12: policy: getKieRuntime" + reach,
                file + ":12:28: policy: getKieBase" + reach,
                file + ":13:14: policy: getKieRuntime" + reach,
                file + ":13:30: policy: halt" + reach,
                file + ":14:10: policy: drools is allowed in rules only as drools.insert" + onlyAs.formatted("drools"),
                file + ":15:5: policy: kcontext is allowed in rules only as kcontext.insert" + onlyAs.formatted("kcontext"));
    }

    @Test
    void should_accept_the_documented_uses_of_drools_and_kcontext() {
        rules.write("50-helper.drl", """
                package healthscore.rules;
                import io.healthscore.rules.facts.*;

                rule "uses the helper as documented"
                    salience 65
                when
                    Customer( segment == "enterprise" )
                then
                    drools.insert(new Trigger("executive-follow-up"));
                    kcontext.insertLogical(new Trigger("executive-review"));
                end
                """);

        CliRun run = check();

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void should_accept_the_vocabulary_and_jdk_value_types() {
        rules.write("50-segment.drl", """
                package healthscore.rules;
                dialect "mvel"

                import java.math.BigDecimal;
                import java.math.RoundingMode;
                import java.time.LocalDate;
                import java.util.List;
                import io.healthscore.rules.facts.*;
                import io.healthscore.assessment.Band;

                rule "enterprise customers at risk get a second follow-up"
                    salience 65
                when
                    Customer( segment == "enterprise" )
                    MonthBand( band == Band.AT_RISK )
                then
                    insert(new Trigger("executive-follow-up"));
                end
                """);

        CliRun run = check();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("5 files, 15 rules, 0 errors, 0 warnings");
    }

    private CliRun check() {
        return CliRun.run(CLOCK, "rules", "check", "--rules", rules.path().toString());
    }
}
