package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.healthscore.serve.ServeSettings;
import io.healthscore.serve.Service;
import io.healthscore.run.RunPlanner;
import io.healthscore.store.Database;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.OutboxEntry;
import io.healthscore.trigger.OutboxFilter;
import io.healthscore.store.OutboxQueries;
import io.healthscore.store.StoreLocation;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SampleStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In {@code serve}, a trigger whose webhook failed is retried by the delivery loop once its backoff has passed,
 * without any command, and arrives once.
 */
class DeliveryLoopInServiceTest {
    @TempDir
    Path folder;

    @Test
    void should_deliver_failed_triggers_later_when_the_receiver_recovers_while_serve_runs() throws IOException {
        SampleStore samples = new SampleStore(folder.resolve("store"));
        assertThat(samples.ingestSamples().exitCode()).isZero();
        StoreLocation location = StoreLocation.parse(samples.folder().toString());
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answer(WebhookReceiver.Reply.status(503), WebhookReceiver.Reply.status(503));
            Path automations = Files.writeString(folder.resolve("automations.yaml"), """
                    delivery:
                      backoff: 300ms
                      max-backoff: 1s
                      poll: 200ms
                    channels:
                      slack:
                        type: webhook
                        url: %s
                    triggers:
                      internal-notification:
                        channel: slack
                    """.formatted(receiver.url()));
            ServeSettings settings = new ServeSettings("0 0 2 1 * ?", ZoneId.of("UTC"), 1, 1, "loop-node", "127.0.0.1",
                    0, Duration.ofSeconds(7), Duration.ofSeconds(1), Duration.ofMillis(200), null, 64L << 20,
                    Duration.ofHours(8), false);
            try (Service service = Service.start(new Service.Setup(location, Repo.rules(),
                    folder.resolve("triggers.jsonl"), automations, 2, settings, Clock.systemUTC()));
                 Database store = Database.open(location)) {
                String runId = new RunPlanner(store, Clock.systemUTC(), "planner").scheduled(YearMonth.of(2026, 7),
                        Instant.parse("2026-08-01T02:00:00Z"), service.rules().current().hash(), 1);

                service.monthlyRuns().work(runId, 0);

                OutboxQueries outbox = new OutboxQueries(store);
                await("every internal notification delivered by serve's loop").atMost(Duration.ofSeconds(30)).until(
                        () -> outbox.list(new OutboxFilter(DeliveryStatus.PENDING, null, null, 1_000)).isEmpty());
                List<OutboxEntry> notifications = outbox.list(new OutboxFilter(null, null, null, 1_000)).stream()
                        .filter(entry -> entry.trigger().name().equals("internal-notification")).toList();
                assertThat(notifications).isNotEmpty().allSatisfy(entry -> {
                    assertThat(entry.status()).isEqualTo(DeliveryStatus.SENT);
                    assertThat(entry.channel()).isEqualTo("slack");
                });
                assertThat(notifications.stream().mapToInt(OutboxEntry::attempts).max().orElse(0)).isGreaterThan(1);
                assertThat(receiver.requests()).as("the two 503s, then each notification once")
                        .hasSize(notifications.size() + 2);
                List<String> accepted = WebhookReceiver.Request.eventIds(receiver.accepted());
                assertThat(accepted).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(notifications.stream().map(OutboxEntry::id).toList());
            }
        }
    }
}
