package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.NodeName;
import io.healthscore.run.RunPlanner;
import io.healthscore.store.Database;
import io.healthscore.store.ShardRepository;
import io.healthscore.store.StoreLocation;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SampleStore;
import io.healthscore.testhelper.SettableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-02T07:00:00Z");

    @TempDir
    Path folder;

    private final SettableClock clock = new SettableClock(NOW);

    @BeforeEach
    void ingestSamples() {
        List<String> args = new ArrayList<>(List.of("ingest", "--companies", Repo.samples().resolve("companies.csv").toString()));
        SampleStore.metricFiles().forEach(file -> args.add(file.toString()));
        assertThat(command(args.toArray(String[]::new)).exitCode()).isZero();
    }

    private CliRun command(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", folder.resolve("store").toString(), "--rules", Repo.rules().toString(),
                "--triggers-file", folder.resolve("triggers.jsonl").toString()));
        return CliRun.run(clock, all.toArray(String[]::new));
    }

    private List<JsonNode> runs() {
        CliRun runs = command("runs", "--json");
        assertThat(runs.exitCode()).isZero();
        return runs.outLines().stream().map(CliStore::parse).toList();
    }

    @Test
    void should_record_a_run_by_hand_with_its_counts_when_run_scores_a_month() {
        CliRun run = command("run", "--month", "2026-10", "--json");
        List<JsonNode> assessments = run.outLines().stream().map(CliStore::parse).toList();
        long triggers = assessments.stream().mapToLong(assessment -> assessment.get("triggers").size()).sum();
        long healthy = assessments.stream().filter(assessment -> assessment.get("band").asText().equals("HEALTHY")).count();

        JsonNode recorded = runs().get(0);

        assertThat(recorded.get("month").asText()).isEqualTo("2026-10");
        assertThat(recorded.get("kind").asText()).isEqualTo("manual");
        assertThat(recorded.get("status").asText()).isEqualTo("done");
        assertThat(recorded.get("shardsDone").asInt()).isEqualTo(1);
        assertThat(recorded.get("companies").asLong()).isEqualTo(assessments.size()).isEqualTo(40);
        assertThat(recorded.get("bands").get("HEALTHY").asLong()).isEqualTo(healthy).isPositive();
        assertThat(recorded.get("triggers").asLong()).isEqualTo(triggers).isPositive();
        assertThat(recorded.get("delivered").asLong()).isEqualTo(triggers);
        assertThat(recorded.get("rulesHash").asText()).isEqualTo(assessments.get(0).get("rulesHash").asText());
        assertThat(recorded.get("startedAt").asText()).isEqualTo(NOW.toString());
    }

    @Test
    void should_list_runs_newest_first_as_a_table_when_json_is_not_asked_for() {
        command("run", "--month", "2026-09");
        clock.set(NOW.plusSeconds(60));
        command("run", "--month", "2026-10");

        CliRun table = command("runs");

        assertThat(table.outLines()).hasSize(3);
        assertThat(table.outLines().get(0)).startsWith("RUN").contains("STATUS", "COMPANIES", "AT_RISK", "TRIGGERS");
        assertThat(table.outLines().get(1)).startsWith("2026-10-").contains(" manual ", " done ", " 1/1 ");
        assertThat(table.outLines().get(2)).startsWith("2026-09-");
        assertThat(command("runs", "--month", "2026-09", "--json").outLines()).hasSize(1);
    }

    @Test
    void should_show_a_run_as_died_and_then_completed_when_its_process_was_killed_and_the_month_run_again() {
        String died = startAndAbandon(YearMonth.of(2026, 10));
        clock.set(NOW.plusSeconds(30));
        assertThat(runs().get(0).get("status").asText()).isEqualTo("running");

        clock.set(NOW.plusSeconds(120));
        assertThat(runs().get(0).get("status").asText()).isEqualTo("died");

        CliRun rerun = command("run", "--month", "2026-10", "--summary");
        assertThat(rerun.exitCode()).isZero();
        List<JsonNode> runs = runs();
        assertThat(runs).hasSize(2);
        JsonNode completing = runs.get(0);
        JsonNode earlier = runs.get(1);
        assertThat(earlier.get("id").asText()).isEqualTo(died);
        assertThat(earlier.get("status").asText()).isEqualTo("died");
        assertThat(earlier.get("completedBy").asText()).isEqualTo(completing.get("id").asText());
        assertThat(completing.get("status").asText()).isEqualTo("done");
        assertThat(command("runs").out()).contains("completed by " + completing.get("id").asText());
    }

    /** A run that claimed its shard and was then killed: it never finishes and its heartbeat stops. */
    private String startAndAbandon(YearMonth month) {
        try (Database database = Database.open(StoreLocation.parse(folder.resolve("store").toString()))) {
            String id = new RunPlanner(database, clock, NodeName.local()).manual(month, "0".repeat(64));
            new ShardRepository(database).claim(id, 0, "killed-node", clock.instant()).orElseThrow();
            return id;
        }
    }

    @Test
    void should_say_how_to_start_one_when_no_run_is_recorded() {
        CliRun runs = command("runs");

        assertThat(runs.exitCode()).isZero();
        assertThat(runs.out()).contains("no runs recorded yet");
    }
}
