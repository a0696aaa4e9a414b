package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.CliProcess;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.MonthData;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SettableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Month runs killed with SIGKILL while they append to the triggers file, at several points of each of two months,
 * then run to the end: the file holds every trigger of the outbox exactly once and nothing is left pending. The
 * kills land right after the file grew, most of them between an append and the transaction that records it.
 */
class TriggersFileAfterKillTest {
    private static final int COMPANIES = 6_000;
    private static final int KILLS_A_MONTH = 3;
    private static final long GROWTH = 120_000;

    @TempDir
    Path folder;

    @Test
    void should_hold_every_trigger_once_when_month_runs_are_killed_while_writing_the_file() throws Exception {
        CliStore store = new CliStore(folder, new SettableClock(Instant.now()));
        for (String month : List.of("2026-09", "2026-10")) {
            Path metrics = MonthData.write(folder.resolve("metrics-" + month + ".jsonl"), YearMonth.parse(month), COMPANIES);
            assertThat(store.command("ingest", metrics.toString()).exitCode()).isZero();
        }
        int kills = 0;
        for (String month : List.of("2026-09", "2026-10")) {
            for (int kill = 0; kill < KILLS_A_MONTH; kill++) {
                if (killWhileWriting(store, month, kill)) {
                    kills++;
                }
            }
            CliRun finish = store.command("run", "--month", month, "--summary");
            assertThat(finish.exitCode()).as(finish.err()).isZero();
        }
        assertThat(kills).as("runs killed in the middle of their work").isGreaterThanOrEqualTo(4);

        Map<String, Integer> lines = new HashMap<>();
        for (String line : Files.readAllLines(store.triggersFile(), StandardCharsets.UTF_8)) {
            lines.merge(CliStore.parse(line).get("id").asText(), 1, Integer::sum);
        }
        List<JsonNode> outbox = outbox(store);
        assertThat(outbox).as("triggers of both months").hasSizeGreaterThan(COMPANIES);
        assertThat(outbox).as("nothing pending").allSatisfy(
                trigger -> assertThat(trigger.get("status").asText()).as(trigger.get("id").asText()).isEqualTo("sent"));
        assertThat(lines.entrySet()).as("ids written more than once").filteredOn(entry -> entry.getValue() > 1).isEmpty();
        assertThat(lines.keySet()).as("ids in the file")
                .containsExactlyInAnyOrderElementsOf(outbox.stream().map(trigger -> trigger.get("id").asText()).toList());
    }

    /** Starts the month's run and kills it once the file grew by {@link #GROWTH}; false when it ended first. */
    private boolean killWhileWriting(CliStore store, String month, int attempt) throws Exception {
        long start = size(store.triggersFile());
        try (CliProcess run = CliProcess.start(folder.resolve("killed-" + month + "-" + attempt), "run", "--month",
                month, "--store", folder.resolve("store").toString(), "--rules", Repo.rules().toString(),
                "--triggers-file", store.triggersFile().toString(), "--threads", "2")) {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (run.alive() && size(store.triggersFile()) < start + GROWTH * (attempt + 1)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the run of " + month + " wrote no triggers in 2 minutes:\n" + run.stderr());
                }
                Thread.onSpinWait();
            }
            boolean alive = run.alive();
            run.kill();
            return alive;
        }
    }

    private static long size(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    private static List<JsonNode> outbox(CliStore store) {
        CliRun list = store.command("triggers", "--json", "--limit", "100000");
        assertThat(list.exitCode()).as(list.err()).isZero();
        List<JsonNode> triggers = new ArrayList<>();
        list.outLines().stream().filter(line -> !line.isBlank()).map(CliStore::parse).forEach(triggers::add);
        return triggers;
    }
}
