package io.healthscore.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.automation.Automations;
import io.healthscore.run.RunLog;
import io.healthscore.store.Database;
import io.healthscore.store.StoreLocation;
import io.healthscore.testhelper.SettableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs are counted by status as the run list shows them: a running run no shard has signed for a minute is died. */
class TelemetryRunsTest {
    private static final Instant STARTED = Instant.parse("2026-11-01T02:00:00Z");

    @Test
    void should_count_a_running_run_as_died_when_no_shard_beat_for_a_minute(@TempDir Path folder) {
        SettableClock clock = new SettableClock(STARTED.plusSeconds(100));
        try (Database database = Database.open(StoreLocation.parse(folder.resolve("store").toString()))) {
            database.inTransaction(handle -> {
                for (String run : new String[] {"alive", "silent"}) {
                    handle.createUpdate("""
                            INSERT INTO runs (id, year_month, kind, shards, status, rules_hash, node, started_at)
                            VALUES (:id, '2026-10', 'manual', 1, 'running', 'abc', 'node-a', :started)""")
                            .bind("id", run).bind("started", STARTED).execute();
                }
                // 50 s after the start: 50 s before now, within the minute a run is given
                return handle.createUpdate("""
                        INSERT INTO run_shards (run_id, shard, status, attempts, heartbeat_at, companies, at_risk, steady,
                                                healthy, thriving, no_data, triggers, delivered)
                        VALUES ('alive', 0, 'running', 1, :beat, 0, 0, 0, 0, 0, 0, 0, 0)""")
                        .bind("beat", STARTED.plusSeconds(50)).execute();
            });
            Telemetry telemetry = new Telemetry(database, Automations.defaults(folder.resolve("triggers.jsonl")), clock,
                    Duration.ZERO);

            Exposition metrics = Exposition.parse(telemetry.scrape());

            Map<String, Long> listed = new RunLog(database).list(null, 10, clock.instant()).stream()
                    .collect(Collectors.groupingBy(run -> run.status().label(), TreeMap::new, Collectors.counting()));
            assertThat(listed).containsExactlyEntriesOf(new TreeMap<>(Map.of("died", 1L, "running", 1L)));
            assertThat(metrics.by("healthscore_runs", "status")).containsEntry("died", 1.0).containsEntry("running", 1.0)
                    .containsEntry("done", 0.0).containsEntry("failed", 0.0);
            assertThat(metrics.named("healthscore_run_latest_duration_seconds")).isEmpty();
        }
    }
}
