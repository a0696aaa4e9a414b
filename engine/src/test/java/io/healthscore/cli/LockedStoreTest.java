package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.StoreHolder;
import io.healthscore.testhelper.StoreContents;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contract 4: an embedded store held open by another process is a failure (exit 1) with one line saying so. */
class LockedStoreTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;

    private Path store;
    private Path metrics;

    @BeforeEach
    void storeWithData() {
        store = folder.resolve("store");
        metrics = InputFile.lines(folder, "metrics.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60}");
        assertThat(CliRun.run(CLOCK, "ingest", metrics.toString(), "--store", store.toString()).exitCode()).isZero();
    }

    @Test
    void should_exit_1_saying_the_store_is_in_use_when_another_process_holds_it() throws Exception {
        StoreHolder holder = StoreHolder.start(store, folder);
        CliRun run;
        try {
            run = CliRun.run(CLOCK, "ingest", metrics.toString(), "--store", store.toString());
        } finally {
            holder.close();
        }

        assertLockedStore(run);
    }

    @Test
    void should_open_the_store_again_when_the_other_process_has_let_go() throws Exception {
        StoreHolder holder = StoreHolder.start(store, folder);
        try {
            assertThat(CliRun.run(CLOCK, "ingest", metrics.toString(), "--store", store.toString()).exitCode()).isEqualTo(1);
        } finally {
            holder.close();
        }

        CliRun run = CliRun.run(CLOCK, "ingest", metrics.toString(), "--store", store.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.weekLines()).containsExactly("acme 2026-10-05 80 60 -");
        }
    }

    private void assertLockedStore(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains(store.toString()).contains("in use");
        Stderr.assertNoStackTrace(run);
    }
}
