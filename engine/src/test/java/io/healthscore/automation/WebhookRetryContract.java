package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.automation.WebhookReceiver.Reply;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.OutboxEntry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Failures that may pass (5xx, 429, a timeout, a refused connection) are retried after the backoff or the
 * receiver's Retry-After, and the next attempt that gets through is recorded as the one success.
 */
abstract class WebhookRetryContract extends WebhookFixture {
    private static final String ID = "acme/2026-10/renewal-risk-call";
    private static final String TRIGGER = "renewal-risk-call";

    WebhookRetryContract(OutboxStore.Kind kind) {
        super(kind);
    }

    @Test
    void should_deliver_once_on_the_second_attempt_when_the_receiver_answered_500_then_200() {
        store.save(TRIGGER);
        receiver.answer(Reply.status(500).body("database is restarting"));

        DeliveryCounts counts = dispatcher(QUICK_RETRY, TRIGGER).settle();

        assertThat(counts).isEqualTo(new DeliveryCounts(1, 0, 0, 0));
        assertThat(WebhookReceiver.Request.eventIds(receiver.requests())).containsExactly(ID, ID);
        assertThat(receiver.requests().get(1).text()).contains("\"attempt\":2");
        OutboxEntry entry = store.entry(ID);
        assertThat(entry.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(entry.attempts()).isEqualTo(2);
        assertThat(entry.deliveredAt()).isNotNull().isAfterOrEqualTo(OutboxStore.NOW);
        assertThat(entry.channel()).isEqualTo(CHANNEL);
        assertThat(entry.lastError()).contains("HTTP 500", "database is restarting");
        assertThat(store.counts()).containsExactly(Map.entry(DeliveryStatus.SENT, 1L));
    }

    @Test
    void should_hold_the_retry_back_until_the_backoff_passed_when_the_receiver_answered_500() {
        store.save(TRIGGER);
        receiver.answer(Reply.status(500));
        Dispatcher dispatcher = dispatcher(new RetryPolicy(4, Duration.ofSeconds(30), Duration.ofMinutes(5)), TRIGGER);

        DeliveryCounts first = dispatcher.deliverDue();
        DeliveryCounts tooEarly = dispatcher.deliverDue();
        Instant next = store.entry(ID).nextAttemptAt();
        clock.set(next);
        DeliveryCounts due = dispatcher.deliverDue();

        assertThat(first).isEqualTo(new DeliveryCounts(0, 1, 0, 0));
        assertThat(tooEarly).isEqualTo(DeliveryCounts.NONE);
        assertThat(next).isAfterOrEqualTo(OutboxStore.NOW.plusSeconds(30)).isBefore(OutboxStore.NOW.plusSeconds(40));
        assertThat(due).isEqualTo(new DeliveryCounts(1, 0, 0, 0));
        assertThat(receiver.requests()).hasSize(2);
        OutboxEntry entry = store.entry(ID);
        assertThat(entry.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(entry.attempts()).isEqualTo(2);
        assertThat(entry.deliveredAt()).isAfterOrEqualTo(next);
    }

    @Test
    void should_wait_for_the_backoff_on_the_clock_not_in_real_time_when_settling_a_retry() {
        store.save(TRIGGER);
        receiver.answer(Reply.status(500));
        Dispatcher dispatcher = dispatcher(new RetryPolicy(4, Duration.ofSeconds(5), Duration.ofSeconds(5)), TRIGGER);
        long before = System.nanoTime();

        DeliveryCounts counts = dispatcher.settle();

        assertThat(counts).isEqualTo(new DeliveryCounts(1, 0, 0, 0));
        assertThat(receiver.requests()).hasSize(2);
        assertThat(store.entry(ID).deliveredAt()).isAfterOrEqualTo(OutboxStore.NOW.plusSeconds(5));
        assertThat(clock.instant()).isAfterOrEqualTo(OutboxStore.NOW.plusSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void should_retry_and_deliver_on_the_next_attempt_when_the_receiver_answered_after_the_timeout() {
        store.save(TRIGGER);
        receiver.answer(Reply.status(200).after(Duration.ofSeconds(3)));
        Dispatcher dispatcher = dispatcher(automations(webhook(null, Duration.ofMillis(300), Map.of()), QUICK_RETRY,
                route(TRIGGER)));

        DeliveryCounts counts = dispatcher.settle();

        assertThat(counts).isEqualTo(new DeliveryCounts(1, 0, 0, 0));
        assertThat(WebhookReceiver.Request.eventIds(receiver.requests())).containsExactly(ID, ID);
        OutboxEntry entry = store.entry(ID);
        assertThat(entry.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(entry.attempts()).isEqualTo(2);
        assertThat(entry.lastError()).endsWith(": no response within 300 ms");
        assertThat(store.counts()).containsExactly(Map.entry(DeliveryStatus.SENT, 1L));
    }

    @Test
    void should_retry_when_the_receiver_sent_its_headers_but_not_its_body_within_the_timeout() {
        store.save(TRIGGER);
        receiver.answer(Reply.status(200).bodyAfter("accepted", Duration.ofSeconds(3)));
        Dispatcher dispatcher = dispatcher(automations(webhook(null, Duration.ofMillis(300), Map.of()), QUICK_RETRY,
                route(TRIGGER)));

        DeliveryCounts counts = dispatcher.settle();

        assertThat(counts).isEqualTo(new DeliveryCounts(1, 0, 0, 0));
        assertThat(WebhookReceiver.Request.eventIds(receiver.requests())).containsExactly(ID, ID);
        OutboxEntry entry = store.entry(ID);
        assertThat(entry.attempts()).isEqualTo(2);
        assertThat(entry.lastError()).endsWith(": no response within 300 ms");
    }

    @Test
    void should_wait_as_long_as_retry_after_says_when_the_receiver_answered_429() {
        store.save(TRIGGER);
        receiver.answer(Reply.status(429).retryAfter("7"));
        long before = System.nanoTime();
        Dispatcher dispatcher = dispatcher(new RetryPolicy(4, Duration.ofMillis(50), Duration.ofMinutes(1)), TRIGGER);

        DeliveryCounts first = dispatcher.deliverDue();
        Duration spent = Duration.ofNanos(System.nanoTime() - before);
        DeliveryCounts tooEarly = dispatcher.deliverDue();

        OutboxEntry entry = store.entry(ID);
        assertThat(first).isEqualTo(new DeliveryCounts(0, 1, 0, 0));
        assertThat(tooEarly).isEqualTo(DeliveryCounts.NONE);
        assertThat(entry.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(entry.lastError()).contains("HTTP 429");
        assertThat(entry.nextAttemptAt()).isBetween(OutboxStore.NOW.plusSeconds(7),
                OutboxStore.NOW.plusSeconds(7).plus(spent));
        clock.set(entry.nextAttemptAt());
        assertThat(dispatcher.deliverDue()).isEqualTo(new DeliveryCounts(1, 0, 0, 0));
        assertThat(receiver.requests()).hasSize(2);
    }

    @Test
    void should_wait_no_longer_than_the_max_backoff_when_retry_after_asks_for_more() {
        store.save(TRIGGER);
        receiver.answer(Reply.status(429).retryAfter("3600"));
        long before = System.nanoTime();
        Dispatcher dispatcher = dispatcher(new RetryPolicy(4, Duration.ofMillis(50), Duration.ofSeconds(20)), TRIGGER);

        dispatcher.deliverDue();
        Duration spent = Duration.ofNanos(System.nanoTime() - before);

        assertThat(store.entry(ID).nextAttemptAt()).isBetween(OutboxStore.NOW.plusSeconds(20),
                OutboxStore.NOW.plusSeconds(20).plus(spent));
    }

    @Test
    void should_keep_the_trigger_pending_with_a_retry_when_nothing_listens_on_the_port() throws IOException {
        store.save(TRIGGER);
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/hooks");
        }
        WebhookSettings settings = new WebhookSettings(CHANNEL, closed, null, Duration.ofSeconds(1),
                Duration.ofSeconds(2), Map.of());
        Dispatcher dispatcher = dispatcher(automations(settings, new RetryPolicy(4, Duration.ofSeconds(30),
                Duration.ofMinutes(5)), route(TRIGGER)));

        DeliveryCounts counts = dispatcher.deliverDue();

        assertThat(counts).isEqualTo(new DeliveryCounts(0, 1, 0, 0));
        OutboxEntry entry = store.entry(ID);
        assertThat(entry.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.nextAttemptAt()).isAfterOrEqualTo(OutboxStore.NOW.plusSeconds(30));
        assertThat(entry.lastError()).startsWith("webhook crm (POST " + closed + "): cannot connect to 127.0.0.1:"
                + closed.getPort() + " (");
    }
}
