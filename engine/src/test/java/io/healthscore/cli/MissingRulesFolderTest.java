package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Previous;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.StoreContents;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contract 4: a rules folder that is missing, or holds no rule file, is a failure (exit 1) with one clear line. */
class MissingRulesFolderTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;

    private Path store;

    @BeforeEach
    void storeWithOctoberData() {
        store = folder.resolve("store");
        Path metrics = InputFile.lines(folder, "metrics.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60}");
        assertThat(CliRun.run(CLOCK, "ingest", metrics.toString(), "--store", store.toString()).exitCode()).isZero();
    }

    @Test
    void should_exit_1_naming_the_folder_when_run_is_pointed_at_a_missing_rules_folder() {
        Path rules = folder.resolve("no-such-rules");

        CliRun run = CliRun.run(CLOCK, "run", "--month", "2026-10", "--store", store.toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains(rules.toString()).contains("does not exist");
        Stderr.assertNoStackTrace(run);
        assertNoAssessment();
    }

    @Test
    void should_exit_1_naming_the_folder_when_score_is_pointed_at_a_missing_rules_folder() {
        Path rules = folder.resolve("no-such-rules");

        CliRun run = CliRun.run(CLOCK, "score", "acme", "--month", "2026-10", "--store", store.toString(),
                "--rules", rules.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains(rules.toString());
        Stderr.assertNoStackTrace(run);
        assertNoAssessment();
    }

    @Test
    void should_exit_1_when_the_rules_folder_holds_no_rule_file() throws Exception {
        Path rules = Files.createDirectories(folder.resolve("empty-rules"));
        Files.writeString(rules.resolve("README.txt"), "not a rule");

        CliRun run = CliRun.run(CLOCK, "run", "--month", "2026-10", "--store", store.toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains(rules.toString()).contains(".drl");
        Stderr.assertNoStackTrace(run);
        assertNoAssessment();
    }

    private void assertNoAssessment() {
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.assessmentBefore("acme", YearMonth.of(2026, 11))).isEqualTo(Previous.NONE);
        }
    }
}
