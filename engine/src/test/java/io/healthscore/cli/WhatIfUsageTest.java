package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** what-if usage errors: exit 2 and one line that says what is accepted, before anything is opened. */
class WhatIfUsageTest {
    @TempDir
    Path scratch;

    private HistoryStore history;

    @BeforeEach
    void julyScored() {
        history = HistoryStore.create(HistoryStore.Kind.EMBEDDED, scratch);
        history.ingest(InputFile.lines(scratch, "acme.jsonl", CliStore.week("acme", "2026-07-06", "80", "60", "40")));
        history.run("2026-07");
    }

    @AfterEach
    void closeTheStore() {
        history.close();
    }

    @Test
    void should_exit_2_with_one_line_when_from_is_after_to() {
        CliRun run = history.whatIf(Repo.rules(), "2026-10", "2026-07");

        assertUsageError(run, "--from 2026-10 is after --to 2026-07");
    }

    @Test
    void should_exit_2_with_one_line_when_a_month_is_not_a_month() {
        CliRun run = history.whatIf(Repo.rules(), "2026-13", "2026-10");

        assertUsageError(run, "'2026-13' is not a month; accepted: YYYY-MM");
    }

    @Test
    void should_exit_2_with_one_line_when_the_candidate_rules_are_not_named() {
        CliRun run = history.command("what-if", "--from", "2026-07", "--to", "2026-07");

        assertUsageError(run, "--rules");
    }

    @Test
    void should_exit_2_naming_the_folder_when_the_candidate_folder_does_not_exist() {
        Path missing = scratch.resolve("no-such-rules");

        CliRun run = history.whatIf(missing, "2026-07", "2026-07");

        assertUsageError(run, "--rules " + missing + ": no such folder");
    }

    @Test
    void should_exit_2_when_the_candidate_folder_holds_no_rule_file() throws Exception {
        Path empty = Files.createDirectories(scratch.resolve("empty-rules"));

        CliRun run = history.whatIf(empty, "2026-07", "2026-07");

        assertUsageError(run, "--rules " + empty + " holds no .drl file");
    }

    @Test
    void should_exit_2_naming_the_option_when_the_in_force_folder_does_not_exist() {
        Path missing = scratch.resolve("no-such-rules");

        CliRun run = history.command("what-if", "--rules", Repo.rules().toString(), "--in-force", missing.toString(),
                "--from", "2026-07", "--to", "2026-07");

        assertUsageError(run, "--in-force " + missing + ": no such folder");
    }

    @Test
    void should_list_the_options_and_exit_0_when_help_is_asked_for() {
        CliRun run = CliRun.run(history.clock(), "what-if", "--help");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("--rules=FOLDER", "--in-force=FOLDER", "--from=YYYY-MM", "--to=YYYY-MM",
                "--json", "--store", "--threads", "--verbose");
    }

    @Test
    void should_exit_1_and_create_no_store_when_the_store_does_not_exist() {
        Path missing = scratch.resolve("no-such-store");

        CliRun run = CliRun.run(history.clock(), "what-if", "--rules", Repo.rules().toString(), "--in-force",
                Repo.rules().toString(), "--from", "2026-07", "--to", "2026-07", "--store", missing.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains(missing.toString()).contains("does not exist");
        assertThat(missing).doesNotExist();
    }

    private static void assertUsageError(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("healthscore what-if: ").contains(message);
        assertThat(run.out()).isEmpty();
        Stderr.assertNoStackTrace(run);
    }
}
