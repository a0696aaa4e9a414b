package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * what-if with rules that do not compile: exit 4, a line naming the side (candidate or in force) and its folder,
 * each error as {@code FILE:LINE: message}, and nothing scored or written.
 */
class WhatIfBrokenRulesTest {
    private static final String UNKNOWN_TYPE = """
            package healthscore.rules;

            rule "a fact type nobody defines"
            when
                NoSuchFact( value > 1 )
            then
                // never reached
            end
            """;

    @TempDir
    Path scratch;

    private HistoryStore history;
    private Path broken;
    private Map<String, List<String>> tablesBefore;

    @BeforeEach
    void julyScoredAndABrokenRuleSet() {
        history = HistoryStore.create(HistoryStore.Kind.EMBEDDED, scratch);
        history.ingest(InputFile.lines(scratch, "acme.jsonl", CliStore.week("acme", "2026-07-06", "80", "60", "40")));
        history.run("2026-07");
        RulesFolder rules = RulesFolder.copyOfRepoRules(scratch.resolve("broken"));
        rules.write("50-unknown.drl", UNKNOWN_TYPE);
        broken = rules.path();
        tablesBefore = history.tables();
    }

    @AfterEach
    void closeTheStore() {
        history.close();
    }

    @Test
    void should_exit_4_naming_the_candidate_and_each_error_when_the_candidate_rules_do_not_compile() {
        CliRun run = history.whatIf(broken, "2026-07", "2026-07");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.errLines()).hasSize(3);
        assertThat(run.errLines().get(0)).isEqualTo(
                "healthscore: what-if: the candidate rules (--rules " + broken + ") do not compile:");
        assertThat(run.errLines().get(1)).startsWith(broken.resolve("50-unknown.drl") + ":5:5: ").contains("NoSuchFact");
        assertThat(run.errLines().get(2)).contains("do not compile").contains("nothing was scored or written");
        assertNothingPrintedOrWritten(run);
    }

    @Test
    void should_exit_4_naming_the_rules_in_force_when_they_do_not_compile() {
        CliRun run = history.command("what-if", "--rules", Repo.rules().toString(), "--in-force", broken.toString(),
                "--from", "2026-07", "--to", "2026-07");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.errLines().get(0)).isEqualTo(
                "healthscore: what-if: the rules in force (" + broken + ") do not compile:");
        assertThat(run.errLines().get(1)).startsWith(broken.resolve("50-unknown.drl") + ":5:5: ");
        assertNothingPrintedOrWritten(run);
    }

    @Test
    void should_name_both_sides_and_every_error_when_neither_rule_set_compiles() {
        RulesFolder other = RulesFolder.copyOfRepoRules(scratch.resolve("also-broken"));
        other.write("60-unknown.drl", UNKNOWN_TYPE);

        CliRun run = history.command("what-if", "--rules", broken.toString(), "--in-force", other.path().toString(),
                "--from", "2026-07", "--to", "2026-07");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.errLines()).hasSize(4);
        assertThat(run.errLines().get(0)).isEqualTo("healthscore: what-if: neither the candidate rules (--rules "
                + broken + ") nor the rules in force (" + other.path() + ") compile:");
        assertThat(run.errLines().get(1)).startsWith(broken.resolve("50-unknown.drl") + ":5:5: ");
        assertThat(run.errLines().get(2)).startsWith(other.file("60-unknown.drl") + ":5:5: ");
        assertNothingPrintedOrWritten(run);
    }

    private void assertNothingPrintedOrWritten(CliRun run) {
        assertThat(run.out()).isEmpty();
        Stderr.assertNoStackTrace(run);
        assertThat(history.tables()).isEqualTo(tablesBefore);
    }
}
