package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.CliProcess;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.MonthData;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SettableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code run} killed (SIGKILL) after its assessments and triggers were stored, while it was delivering them to a
 * webhook: nothing is lost and, on restart, every trigger is delivered exactly once. The receiver was still busy
 * with the first request when the process died; that request was never answered, so it counts as not delivered.
 */
class DeliveryAfterKillTest {
    private static final String MONTH = "2026-10";

    @TempDir
    Path folder;

    @Test
    void should_deliver_every_stored_trigger_once_when_a_run_was_killed_between_storing_and_delivering()
            throws Exception {
        // the killed process runs on the real clock and its claims end by it: the restart must see the same time
        CliStore store = new CliStore(folder, new SettableClock(Instant.now()));
        Path metrics = MonthData.write(folder.resolve("metrics.jsonl"), YearMonth.parse(MONTH), 30);
        assertThat(store.command("ingest", metrics.toString()).exitCode()).isZero();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answer(WebhookReceiver.Reply.status(200).after(Duration.ofMinutes(5)));
            Path automations = automations(receiver);

            try (CliProcess killed = CliProcess.start(folder.resolve("killed"), "run", "--month", MONTH, "--store",
                    folder.resolve("store").toString(), "--rules", Repo.rules().toString(), "--triggers-file",
                    store.triggersFile().toString(), "--automations", automations.toString(), "--threads", "2")) {
                await("the run to start delivering").atMost(Duration.ofSeconds(60))
                        .until(() -> !receiver.requests().isEmpty());
                killed.kill();
            }
            List<JsonNode> stored = outbox(store, automations);
            assertThat(stored).as("triggers stored before the kill").hasSizeGreaterThan(30)
                    .allSatisfy(trigger -> assertThat(trigger.get("status").asText()).isEqualTo("pending"));
            String inFlight = receiver.requests().get(0).header(WebhookChannel.EVENT_HEADER);

            CliRun restart = store.command("run", "--month", MONTH, "--summary", "--automations", automations.toString());

            assertThat(restart.exitCode()).as(restart.err()).isZero();
            Set<String> ids = stored.stream().map(trigger -> trigger.get("id").asText()).collect(Collectors.toSet());
            List<String> accepted = WebhookReceiver.Request.eventIds(receiver.accepted());
            assertThat(accepted).as("every stored trigger delivered, none twice").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(ids);
            assertThat(WebhookReceiver.Request.eventIds(receiver.requests()))
                    .as("only the request in flight at the kill was sent again").hasSize(ids.size() + 1)
                    .filteredOn(inFlight::equals).hasSize(2);
            assertThat(restart.out()).contains("triggers: 0 emitted")
                    .contains("delivery: " + ids.size() + " delivered, 0 waiting to retry, 0 dead-lettered");
            assertThat(outbox(store, automations))
                    .allSatisfy(trigger -> assertThat(trigger.get("status").asText()).isEqualTo("sent"));

            CliRun again = store.command("triggers", "deliver", "--automations", automations.toString());
            assertThat(again.out()).startsWith("0 delivered");
            assertThat(receiver.accepted()).hasSize(ids.size());
        }
    }

    /** Every default trigger to the receiver; a claim held by a killed process is free again after 10 s. */
    private Path automations(WebhookReceiver receiver) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                delivery:
                  lease: 10s
                  wait: 40s
                  backoff: 1s
                channels:
                  hook:
                    type: webhook
                    url: %s
                    timeout: 10m
                triggers:
                """.formatted(receiver.url()));
        for (String trigger : DefaultMessages.names()) {
            yaml.append("  ").append(trigger).append(":\n    channel: hook\n");
        }
        return Files.writeString(folder.resolve("automations.yaml"), yaml);
    }

    private static List<JsonNode> outbox(CliStore store, Path automations) {
        CliRun list = store.command("triggers", "--json", "--limit", "1000", "--automations", automations.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        return list.outLines().stream().filter(line -> !line.isBlank()).map(CliStore::parse).toList();
    }
}
