package io.healthscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.StoreContents;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contract 1: ingesting a (company, week) again replaces its values (a correction); ingest is idempotent. */
class CorrectionTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    void should_replace_the_values_when_the_same_company_week_is_ingested_again() {
        Path store = folder.resolve("store");
        ingest(store, InputFile.lines(folder, "first.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60, \"nps\": 40}",
                "{\"company\": \"acme\", \"week\": \"2026-10-12\", \"login\": 81, \"adoption\": 61, \"nps\": 41}"));

        ingest(store, InputFile.lines(folder, "correction.csv",
                "company,week,login,adoption,nps",
                "acme,2026-10-05,20.5,30,"));

        assertThat(stored(store)).containsExactly("acme 2026-10-05 20.5 30 -", "acme 2026-10-12 81 61 41");
    }

    @Test
    void should_keep_the_later_line_when_a_file_holds_the_same_company_week_twice() {
        Path store = folder.resolve("store");

        ingest(store, InputFile.lines(folder, "metrics.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60, \"nps\": 40}",
                "{\"company\": \"beta\", \"week\": \"2026-10-05\", \"login\": 10, \"adoption\": 10}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 70, \"adoption\": 50}"));

        assertThat(stored(store)).containsExactly("acme 2026-10-05 70 50 -", "beta 2026-10-05 10 10 -");
    }

    @Test
    void should_keep_the_later_file_when_one_command_ingests_two_files_with_the_same_company_week() {
        Path store = folder.resolve("store");
        Path first = InputFile.lines(folder, "a.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60}");
        Path second = InputFile.lines(folder, "b.json",
                "[{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 75, \"adoption\": 65, \"nps\": 0}]");

        CliRun run = CliRun.run(CLOCK, "ingest", first.toString(), second.toString(), "--store", store.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(stored(store)).containsExactly("acme 2026-10-05 75 65 0");
    }

    @Test
    void should_keep_the_stored_values_when_a_correction_is_rejected() {
        Path store = folder.resolve("store");
        ingest(store, InputFile.lines(folder, "first.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60, \"nps\": 40}"));
        Path correction = InputFile.lines(folder, "correction.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 180, \"adoption\": 60}");

        CliRun run = CliRun.run(CLOCK, "ingest", correction.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(stored(store)).containsExactly("acme 2026-10-05 80 60 40");
    }

    @Test
    void should_leave_the_same_stored_state_when_the_same_file_is_ingested_twice() {
        Path store = folder.resolve("store");
        Path file = InputFile.lines(folder, "metrics.csv",
                "company,week,login,adoption,nps",
                "acme,2026-10-05,80,60,40",
                "acme,2026-10-12,81.25,61,",
                "beta,2026-10-05,10,20,-30");
        ingest(store, file);
        List<String> once = stored(store);
        long companiesOnce = companies(store);

        CliRun again = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("ingested 3 weekly records");
        assertThat(stored(store)).isEqualTo(once).hasSize(3);
        assertThat(companies(store)).isEqualTo(companiesOnce).isEqualTo(2);
    }

    private static void ingest(Path store, Path file) {
        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static List<String> stored(Path store) {
        try (StoreContents contents = StoreContents.open(store)) {
            return contents.weekLines();
        }
    }

    private static long companies(Path store) {
        try (StoreContents contents = StoreContents.open(store)) {
            return contents.companyCount();
        }
    }
}
