package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Previous;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.StoreContents;
import io.healthscore.testhelper.Stderr;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract 4: rules that do not compile exit 4 with {@code FILE:LINE:COL: message} for each error, and nothing is
 * scored or written: no assessment, no trigger.
 */
class BrokenRulesTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");
    private static final String SYNTAX_ERROR = """
            package healthscore.rules;

            import io.healthscore.rules.facts.Week;

            rule "unclosed pattern"
            when
                $week : Week( nps != null
            then
                insert(new Week(null, null, null, null));
            end
            """;
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
    Path folder;

    private Path store;

    @BeforeEach
    void storeWithOctoberData() {
        store = folder.resolve("store");
        Path metrics = InputFile.lines(folder, "metrics.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60, \"nps\": 40}",
                "{\"company\": \"beta\", \"week\": \"2026-10-12\", \"login\": 10, \"adoption\": 20}");
        assertThat(CliRun.run(CLOCK, "ingest", metrics.toString(), "--store", store.toString()).exitCode()).isZero();
    }

    @Test
    void should_exit_4_naming_file_and_line_when_a_rule_has_a_syntax_error() {
        Path rules = defaultRulesPlus("50-broken.drl", SYNTAX_ERROR);

        CliRun run = run(rules);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line)
                .startsWith(rules.resolve("50-broken.drl") + ":8:1: ").contains("mismatched input 'then'"));
        assertThat(run.errLines()).last().asString().contains("do not compile");
        assertThat(run.out()).isEmpty();
        Stderr.assertNoStackTrace(run);
    }

    @Test
    void should_give_every_error_a_line_of_the_file_when_a_rule_has_a_syntax_error() {
        Path rules = defaultRulesPlus("50-broken.drl", SYNTAX_ERROR);

        CliRun run = run(rules);

        assertThat(run.exitCode()).isEqualTo(4);
        List<String> errors = run.errLines().subList(0, run.errLines().size() - 1);
        // one syntax error is one problem; a follow-on "line 0" entry points the user nowhere
        assertThat(errors).isNotEmpty().allSatisfy(line ->
                assertThat(line).matches(Pattern.quote(rules.resolve("50-broken.drl").toString()) + ":[1-9][0-9]*:[1-9][0-9]*: .+"));
    }

    @Test
    void should_exit_4_naming_file_and_line_when_a_rule_uses_an_unknown_type() {
        Path rules = defaultRulesPlus("50-unknown.drl", UNKNOWN_TYPE);

        CliRun run = run(rules);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.errLines()).hasSize(2);
        // the column of the unknown name itself, not of the rule
        assertThat(run.errLines().get(0)).startsWith(rules.resolve("50-unknown.drl") + ":5:5: ").contains("NoSuchFact");
        assertThat(run.errLines().get(1)).contains("do not compile");
        Stderr.assertNoStackTrace(run);
    }

    @Test
    void should_write_no_assessment_and_no_trigger_when_run_meets_rules_that_do_not_compile() {
        Path rules = defaultRulesPlus("50-unknown.drl", UNKNOWN_TYPE);

        assertThat(run(rules).exitCode()).isEqualTo(4);

        assertNothingWritten();
        // the first good run finds no earlier assessment and emits the first-assessment triggers itself
        CliRun good = CliRun.run(CLOCK, "run", "--month", "2026-10", "--json", "--store", store.toString(),
                "--rules", Repo.rules().toString());
        assertThat(good.exitCode()).as(good.err()).isZero();
        assertThat(good.outLines()).hasSize(2).allSatisfy(line -> assertThat(line)
                .contains("\"previousBand\":\"NONE\"")
                .contains("internal-notification"));
    }

    @Test
    void should_write_no_assessment_and_no_trigger_when_score_meets_rules_that_do_not_compile() {
        Path rules = defaultRulesPlus("50-broken.drl", SYNTAX_ERROR);

        CliRun run = CliRun.run(CLOCK, "score", "acme", "--month", "2026-10", "--store", store.toString(),
                "--rules", rules.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line).startsWith(rules.resolve("50-broken.drl") + ":8:1: "));
        Stderr.assertNoStackTrace(run);
        assertNothingWritten();
    }

    private CliRun run(Path rules) {
        return CliRun.run(CLOCK, "run", "--month", "2026-10", "--store", store.toString(), "--rules", rules.toString());
    }

    private void assertNothingWritten() {
        try (StoreContents contents = StoreContents.open(store)) {
            YearMonth after = YearMonth.of(2026, 11);
            assertThat(contents.assessmentBefore("acme", after)).isEqualTo(Previous.NONE);
            assertThat(contents.assessmentBefore("beta", after)).isEqualTo(Previous.NONE);
            assertThat(contents.undeliveredTriggers()).isEmpty();
        }
        assertThat(store.resolve("triggers.jsonl")).doesNotExist();
    }

    /** A copy of the default rules/ folder with one more file. */
    private Path defaultRulesPlus(String name, String content) {
        Path rules = folder.resolve("rules");
        try (Stream<Path> files = Files.list(Repo.rules())) {
            Files.createDirectories(rules);
            for (Path file : files.filter(file -> file.toString().endsWith(".drl")).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
            Files.writeString(rules.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }
}
