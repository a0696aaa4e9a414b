package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.automation.WebhookReceiver.Reply;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.OutboxEntry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A failure that retrying cannot fix (a 4xx, a redirect) is dead-lettered at once; one that may pass is
 * dead-lettered after the last attempt. Either way the error says where and what, and nothing is sent again.
 */
abstract class WebhookDeadLetterContract extends WebhookFixture {
    private static final String ID = "acme/2026-10/renewal-risk-call";
    private static final String TRIGGER = "renewal-risk-call";

    WebhookDeadLetterContract(OutboxStore.Kind kind) {
        super(kind);
    }

    @Test
    void should_dead_letter_at_once_naming_url_status_and_response_when_the_receiver_answered_400() {
        store.save(TRIGGER);
        receiver.always(Reply.status(400).body("{\"error\": \"unknown\n company acme\"}"));
        Dispatcher dispatcher = dispatcher(QUICK_RETRY, TRIGGER);

        DeliveryCounts counts = dispatcher.deliverDue();
        clock.set(OutboxStore.NOW.plusSeconds(3_600));
        dispatcher.deliverDue();
        dispatcher.settle();

        assertThat(counts).isEqualTo(new DeliveryCounts(0, 0, 1, 0));
        assertThat(receiver.requests()).hasSize(1);
        OutboxEntry entry = store.entry(ID);
        assertThat(entry.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.deliveredAt()).isNull();
        assertThat(entry.lastError()).isEqualTo("webhook crm (POST " + receiver.url()
                + "): HTTP 400: {\"error\": \"unknown company acme\"}");
    }

    @Test
    void should_dead_letter_without_following_it_when_the_receiver_redirects() {
        store.save(TRIGGER);
        receiver.always(Reply.status(308));

        DeliveryCounts counts = dispatcher(QUICK_RETRY, TRIGGER).settle();

        assertThat(counts).isEqualTo(new DeliveryCounts(0, 0, 1, 0));
        assertThat(receiver.requests()).hasSize(1);
        assertThat(store.entry(ID).lastError()).contains("HTTP 308", "redirects are not followed");
    }

    @Test
    void should_give_up_after_the_last_attempt_and_send_no_more_when_the_receiver_always_answered_503() {
        store.save(TRIGGER);
        receiver.always(Reply.status(503).body("maintenance"));
        Dispatcher dispatcher = dispatcher(QUICK_RETRY, TRIGGER);

        DeliveryCounts counts = dispatcher.settle();
        clock.set(OutboxStore.NOW.plusSeconds(3_600));
        dispatcher.deliverDue();
        dispatcher.settle();

        assertThat(counts).isEqualTo(new DeliveryCounts(0, 0, 1, 0));
        assertThat(WebhookReceiver.Request.eventIds(receiver.requests())).containsOnly(ID).hasSize(4);
        assertThat(receiver.requests()).extracting(WebhookReceiver.Request::text).allSatisfy(body ->
                assertThat(body).contains("\"replay\":false")).satisfies(bodies -> {
                    for (int attempt = 1; attempt <= 4; attempt++) {
                        assertThat(bodies.get(attempt - 1)).contains("\"attempt\":" + attempt);
                    }
                });
        OutboxEntry entry = store.entry(ID);
        assertThat(entry.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(entry.attempts()).isEqualTo(4);
        assertThat(entry.nextAttemptAt()).isNull();
        assertThat(entry.lastError()).isEqualTo("gave up after 4 attempts: webhook crm (POST " + receiver.url()
                + "): HTTP 503: maintenance");
        assertThat(store.counts()).containsExactly(Map.entry(DeliveryStatus.DEAD, 1L));
    }
}
