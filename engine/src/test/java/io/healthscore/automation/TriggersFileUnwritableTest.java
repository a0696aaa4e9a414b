package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.SettableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A triggers file that cannot be written: the page's triggers are recorded as retries with the error, as for any
 * channel, and written once when the file can be written again.
 */
class TriggersFileUnwritableTest {
    private static final Instant START = Instant.parse("2026-11-02T08:00:00Z");

    @TempDir
    Path folder;

    @Test
    void should_record_a_retry_and_write_each_trigger_once_later_when_the_triggers_file_cannot_be_written()
            throws Exception {
        SettableClock clock = new SettableClock(START);
        CliStore store = new CliStore(folder, clock);
        store.ingest(CliStore.week("acme", "2026-09-28", "90", "90", null),
                CliStore.week("beta", "2026-09-28", "10", "10", null));
        Path automations = Files.writeString(folder.resolve("automations.yaml"), "delivery:\n  wait: 0s\n");
        Files.createDirectories(store.triggersFile()); // a folder where the file should be: every append fails

        CliRun run = store.command("run", "--month", "2026-10", "--automations", automations.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> waiting = outbox(store, automations);
        assertThat(waiting).hasSizeGreaterThanOrEqualTo(4).allSatisfy(trigger -> {
            assertThat(trigger.get("status").asText()).isEqualTo("pending");
            assertThat(trigger.get("attempts").asInt()).isEqualTo(1);
            assertThat(trigger.get("lastError").asText()).contains("cannot append to");
        });

        Files.delete(store.triggersFile());
        clock.set(START.plusSeconds(3_600));
        CliRun deliver = store.command("triggers", "deliver", "--automations", automations.toString());

        assertThat(deliver.exitCode()).as(deliver.err()).isZero();
        List<String> lines = Files.readAllLines(store.triggersFile(), StandardCharsets.UTF_8);
        assertThat(lines).extracting(line -> CliStore.parse(line).get("id").asText())
                .containsExactlyInAnyOrderElementsOf(waiting.stream().map(trigger -> trigger.get("id").asText()).toList());
        assertThat(outbox(store, automations)).allSatisfy(trigger -> {
            assertThat(trigger.get("status").asText()).isEqualTo("sent");
            assertThat(trigger.get("attempts").asInt()).isEqualTo(2);
        });
    }

    private static List<JsonNode> outbox(CliStore store, Path automations) {
        CliRun list = store.command("triggers", "--json", "--automations", automations.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        return list.outLines().stream().filter(line -> !line.isBlank()).map(CliStore::parse).toList();
    }
}
