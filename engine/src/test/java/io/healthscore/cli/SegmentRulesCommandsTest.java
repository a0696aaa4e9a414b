package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.StoreContents;
import io.healthscore.testhelper.Stderr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rules check} and {@code run} on a rules folder with segment folders: every set is compiled and probed, a
 * segment file that does not compile stops the command with exit 4, and rules that set different bands for one
 * input are warned about.
 */
class SegmentRulesCommandsTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-11-02T07:00:00Z");
    private static final String GUARD = """
            package healthscore.rules;
            import io.healthscore.assessment.Band;
            import io.healthscore.rules.facts.MonthBand;
            import io.healthscore.rules.facts.MonthlyScore;
            rule "enterprise: 51 to 55 is only STEADY"
                salience 75
            when
                MonthlyScore( score >= 51, score <= 55 )
                $band : MonthBand( band == Band.HEALTHY )
            then
                delete($band);
                insert(new MonthBand(Band.STEADY%s));
            end
            """;

    @TempDir
    Path folder;

    @Test
    void should_check_and_probe_every_set_of_the_example_rules_without_a_warning() {
        CliRun check = CliRun.run(CLOCK, "rules", "check", "--rules", Repo.rules().resolve("examples/portfolio").toString());

        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.err()).isEmpty();
        assertThat(check.out()).contains("0 errors, 0 warnings", "(the base set and 1 segment set: enterprise)",
                "every score 0-100 and a month without data get exactly one band");
    }

    @Test
    void should_warn_when_a_segment_rule_replaces_a_band_without_stating_why() throws IOException {
        RulesFolder rules = withEnterprise("50-guard.drl", GUARD.formatted(""));

        CliRun check = CliRun.run(CLOCK, "rules", "check", "--rules", rules.path().toString());

        assertThat(check.exitCode()).as("warnings alone exit 0").isZero();
        assertThat(check.errLines()).singleElement().asString().isEqualTo(rules.path()
                + ": warning: probe: segment enterprise: a month whose weeks score 51-55 (with or without NPS, first"
                + " assessment or not): rules \"band HEALTHY: 51 to 75\" and \"enterprise: 51 to 55 is only STEADY\" set"
                + " different bands (HEALTHY, then STEADY); the one that acts later wins; a rule that replaces a band on"
                + " purpose states why: new MonthBand(Band.STEADY, \"reason\")");
        assertThat(check.out()).contains("0 errors, 1 warning");
    }

    @Test
    void should_not_warn_when_the_replacing_rule_states_its_reason() throws IOException {
        RulesFolder rules = withEnterprise("50-guard.drl", GUARD.formatted(", \"enterprise accounts need 56\""));

        CliRun check = CliRun.run(CLOCK, "rules", "check", "--rules", rules.path().toString());

        assertThat(check.exitCode()).isZero();
        assertThat(check.err()).isEmpty();
    }

    @Test
    void should_exit_4_and_store_nothing_when_a_segment_file_does_not_compile() throws IOException {
        RulesFolder rules = withEnterprise("50-broken.drl", """
                package healthscore.rules;
                rule "a fact type nobody defines"
                    salience 60
                when
                    NoSuchFact( value > 1 )
                then
                end
                """);
        Path store = folder.resolve("store");
        Path metrics = InputFile.lines(folder, "metrics.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60}");
        assertThat(CliRun.run(CLOCK, "ingest", metrics.toString(), "--store", store.toString()).exitCode()).isZero();

        CliRun run = CliRun.run(CLOCK, "run", "--month", "2026-10", "--store", store.toString(), "--rules",
                rules.path().toString(), "--triggers-file", folder.resolve("triggers.jsonl").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.errLines().get(0)).startsWith(rules.path().resolve("segments/enterprise/50-broken.drl") + ":5:5: ");
        Stderr.assertNoStackTrace(run);
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.undeliveredTriggers()).isEmpty();
        }
    }

    private RulesFolder withEnterprise(String file, String text) throws IOException {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
        Path enterprise = Files.createDirectories(rules.path().resolve("segments/enterprise"));
        Files.writeString(enterprise.resolve(file), text);
        return rules;
    }
}
