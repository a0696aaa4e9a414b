package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.automation.WebhookReceiver.Reply;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After a retryable failure a webhook rests for the rest of the pass: its other triggers are not attempted (no
 * request, no attempt counted) and wait for the same next attempt as the one that failed.
 */
class WebhookDeliveryRestTest extends WebhookFixture {
    private static final List<String> TRIGGERS = List.of("outreach-email", "renewal-risk-call", "follow-up-task");

    WebhookDeliveryRestTest() {
        super(OutboxStore.Kind.SQLITE);
    }

    @Test
    void should_make_one_request_and_defer_the_others_when_the_webhook_fails_in_a_pass() {
        store.save(TRIGGERS.toArray(String[]::new));
        receiver.always(Reply.status(503));
        Dispatcher dispatcher = dispatcher(new RetryPolicy(4, Duration.ofSeconds(30), Duration.ofMinutes(5)),
                TRIGGERS.toArray(String[]::new));

        DeliveryCounts counts = dispatcher.deliverDue();

        assertThat(counts).isEqualTo(new DeliveryCounts(0, 3, 0, 0));
        assertThat(receiver.requests()).hasSize(1);
        String tried = receiver.requests().get(0).header(WebhookChannel.EVENT_HEADER);
        List<OutboxEntry> entries = store.all();
        assertThat(entries).allSatisfy(entry -> assertThat(entry.status()).isEqualTo(DeliveryStatus.PENDING));
        OutboxEntry failed = entries.stream().filter(entry -> entry.id().equals(tried)).findFirst().orElseThrow();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("HTTP 503");
        Instant next = failed.nextAttemptAt();
        assertThat(entries).filteredOn(entry -> !entry.id().equals(tried)).hasSize(2).allSatisfy(deferred -> {
            assertThat(deferred.attempts()).isZero();
            assertThat(deferred.lastError()).isNull();
            assertThat(deferred.nextAttemptAt()).isEqualTo(next);
        });
    }

    @Test
    void should_try_every_deferred_trigger_on_the_next_pass_when_the_webhook_is_back() {
        store.save(TRIGGERS.toArray(String[]::new));
        receiver.answer(Reply.status(503));
        Dispatcher dispatcher = dispatcher(new RetryPolicy(4, Duration.ofSeconds(30), Duration.ofMinutes(5)),
                TRIGGERS.toArray(String[]::new));
        dispatcher.deliverDue();

        clock.set(OutboxStore.NOW.plusSeconds(60));
        DeliveryCounts counts = dispatcher.deliverDue();

        assertThat(counts).isEqualTo(new DeliveryCounts(3, 0, 0, 0));
        assertThat(receiver.requests()).hasSize(4);
        assertThat(store.all()).extracting(OutboxEntry::status).containsOnly(DeliveryStatus.SENT);
        assertThat(store.all()).extracting(OutboxEntry::attempts).containsExactlyInAnyOrder(2, 1, 1);
    }
}
