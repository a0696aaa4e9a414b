package io.healthscore.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SettableClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A month run is not limited by how many batches are read ahead while earlier ones are being stored. */
class MonthRunSizeTest {
    private static final int COMPANIES = 6_000;

    @TempDir
    Path folder;

    @Test
    void should_score_every_company_once_in_id_order_when_the_run_outgrows_the_read_ahead_with_one_thread() {
        CliStore store = new CliStore(folder, SettableClock.at("2026-11-03T08:00:00Z"));
        List<String> records = new ArrayList<>();
        for (int company = 0; company < COMPANIES; company++) {
            records.add(CliStore.week(String.format("c%05d", company), "2026-10-05", "80", "70", null));
        }
        store.ingest(records.toArray(String[]::new));

        CliRun run = CliRun.run(store.clock(), "run", "--month", "2026-10", "--json", "--threads", "1",
                "--store", folder.resolve("store").toString(), "--rules", Repo.rules().toString(),
                "--triggers-file", store.triggersFile().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> companies = run.outLines().stream().map(CliStore::parse).map(line -> line.get("company").asText()).toList();
        assertThat(companies).hasSize(COMPANIES).doesNotHaveDuplicates().isSorted();
        JsonNode last = CliStore.parse(run.outLines().get(COMPANIES - 1));
        assertThat(last.get("band").asText()).isEqualTo("HEALTHY");
    }
}
