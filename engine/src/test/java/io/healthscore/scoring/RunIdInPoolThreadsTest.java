package io.healthscore.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.healthscore.run.MonthRun;
import io.healthscore.run.ShardRunner;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.LogCapture;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SettableClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log lines a month run's scoring threads write name the run, as the lines of the thread that runs it do. */
class RunIdInPoolThreadsTest {
    @TempDir
    Path folder;

    @Test
    void should_carry_the_run_id_when_a_scoring_thread_logs() {
        CliStore store = new CliStore(folder, SettableClock.at("2026-11-03T08:00:00Z"));
        List<String> records = new ArrayList<>();
        for (int company = 0; company < 2_500; company++) {
            records.add(CliStore.week(String.format("c%05d", company), "2026-10-05", "80", "70", null));
        }
        store.ingest(records.toArray(String[]::new));

        CliRun run;
        List<ILoggingEvent> scored;
        List<ILoggingEvent> done;
        try (LogCapture pool = LogCapture.of(MonthRun.class); LogCapture shard = LogCapture.of(ShardRunner.class)) {
            run = CliRun.run(store.clock(), "run", "--month", "2026-10", "--threads", "2",
                    "--store", folder.resolve("store").toString(), "--rules", Repo.rules().toString(),
                    "--triggers-file", store.triggersFile().toString());
            scored = pool.events(Level.DEBUG);
            done = shard.events(Level.INFO).stream().filter(event -> event.getMessage().startsWith("shard ")).toList();
        }

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(done).hasSize(1);
        String runId = String.valueOf(done.get(0).getArgumentArray()[2]);
        assertThat(runId).isNotBlank();
        assertThat(done.get(0).getMDCPropertyMap()).containsEntry("run", runId);
        assertThat(scored).as("one line per batch of 1,000 companies").hasSize(3).allSatisfy(event -> {
            assertThat(event.getThreadName()).isEqualTo("healthscore-score");
            assertThat(event.getMDCPropertyMap()).containsEntry("run", runId);
        });
    }
}
