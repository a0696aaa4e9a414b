package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.automation.WebhookReceiver.Reply;
import io.healthscore.company.CompanyRange;
import io.healthscore.store.Database;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.EmittedTrigger;
import io.healthscore.trigger.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A trigger the outbox records as sent reaches the receiver once: not again on later passes, re-runs or from a
 * second dispatcher on the same store; only an operator's replay sends it again, marked as such.
 */
abstract class WebhookOnceContract extends WebhookFixture {
    private static final String ID = "acme/2026-10/renewal-risk-call";
    private static final String TRIGGER = "renewal-risk-call";

    WebhookOnceContract(OutboxStore.Kind kind) {
        super(kind);
    }

    @Test
    void should_make_no_new_request_when_a_sent_trigger_is_delivered_settled_or_saved_again() {
        List<EmittedTrigger> emitted = store.save(TRIGGER);
        Dispatcher dispatcher = dispatcher(QUICK_RETRY, TRIGGER);
        DeliveryCounts first = dispatcher.deliver(emitted);

        clock.set(OutboxStore.NOW.plusSeconds(86_400));
        DeliveryCounts later = dispatcher.deliverDue().plus(dispatcher.settle()).plus(dispatcher.deliver(emitted))
                .plus(dispatcher.deliverDue(OutboxStore.MONTH, CompanyRange.ALL));
        List<EmittedTrigger> savedAgain = store.save(TRIGGER);
        later = later.plus(dispatcher.deliver(savedAgain)).plus(dispatcher(QUICK_RETRY, TRIGGER).settle());

        assertThat(first).isEqualTo(new DeliveryCounts(1, 0, 0, 0));
        assertThat(savedAgain).isEmpty();
        assertThat(later).isEqualTo(DeliveryCounts.NONE);
        assertThat(receiver.requests()).hasSize(1);
        OutboxEntry entry = store.entry(ID);
        assertThat(entry.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(store.counts()).containsExactly(Map.entry(DeliveryStatus.SENT, 1L));
    }

    @Test
    void should_post_it_again_marked_as_a_replay_with_the_same_id_when_a_sent_trigger_is_replayed() {
        store.save(TRIGGER);
        Dispatcher dispatcher = dispatcher(QUICK_RETRY, TRIGGER);
        dispatcher.deliverDue();
        OutboxEntry sent = store.entry(ID);

        DeliveryOutcome outcome = dispatcher.replay(sent);
        DeliveryCounts afterwards = dispatcher.deliverDue();

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Sent("HTTP 200"));
        assertThat(afterwards).isEqualTo(DeliveryCounts.NONE);
        assertThat(receiver.requests()).hasSize(2);
        WebhookReceiver.Request original = receiver.requests().get(0);
        WebhookReceiver.Request replay = receiver.requests().get(1);
        assertThat(original.header(WebhookChannel.REPLAY_HEADER)).isNull();
        assertThat(original.text()).contains("\"replay\":false");
        assertThat(replay.header(WebhookChannel.REPLAY_HEADER)).isEqualTo("true");
        assertThat(replay.header(WebhookChannel.EVENT_HEADER)).isEqualTo(ID);
        assertThat(replay.text()).contains("\"id\":\"" + ID + "\"", "\"replay\":true", "\"attempt\":2");
        OutboxEntry entry = store.entry(ID);
        assertThat(entry.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(entry.replays()).isEqualTo(1);
        assertThat(entry.replayedAt()).isNotNull();
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.deliveredAt()).isEqualTo(sent.deliveredAt());
    }

    @Test
    void should_receive_each_event_exactly_once_when_two_dispatchers_deliver_the_same_store_at_once()
            throws Exception {
        List<String> companies = IntStream.range(0, 200).mapToObj(index -> String.format("c%03d", index)).toList();
        store.saveForEach(companies, TRIGGER);
        receiver.always(Reply.status(200).after(Duration.ofMillis(1)));
        Database other = closeLater(store.openAgain());
        Dispatcher first = dispatcher(QUICK_RETRY, TRIGGER);
        Dispatcher second = dispatcher(other, automations(webhook(), QUICK_RETRY, route(TRIGGER)));

        List<DeliveryCounts> counts = atOnce(first::deliverDue, second::deliverDue);

        Map<String, Long> received = WebhookReceiver.Request.eventIds(receiver.requests()).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).hasSize(200).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1L));
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(
                companies.stream().map(company -> company + "/2026-10/" + TRIGGER).toList());
        assertThat(counts.get(0).plus(counts.get(1))).isEqualTo(new DeliveryCounts(200, 0, 0, 0));
        assertThat(store.counts()).containsExactly(Map.entry(DeliveryStatus.SENT, 200L));
        assertThat(store.all()).extracting(OutboxEntry::attempts).containsOnly(1);
    }

    /** Runs both from two threads released at the same moment; returns their results in order. */
    @SafeVarargs
    private static <T> List<T> atOnce(Callable<T>... work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(work.length);
        try {
            CyclicBarrier start = new CyclicBarrier(work.length);
            List<Future<T>> results = Arrays.stream(work).map(task -> threads.submit(() -> {
                start.await();
                return task.call();
            })).toList();
            Instant deadline = Instant.now().plusSeconds(60);
            List<T> values = new ArrayList<>();
            for (Future<T> result : results) {
                values.add(result.get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()),
                        TimeUnit.MILLISECONDS));
            }
            return values;
        } finally {
            threads.shutdownNow();
        }
    }
}
