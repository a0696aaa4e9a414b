package io.healthscore.automation;

import io.healthscore.store.Database;
import io.healthscore.testhelper.SettableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the webhook delivery tests: a fresh store of the subclass's kind, a real receiver, a clock standing at
 * {@link OutboxStore#NOW} and dispatchers whose routes send the named triggers to webhook {@value #CHANNEL}. The
 * dispatchers wait for a retry by moving the clock on, not by sleeping.
 */
abstract class WebhookFixture {
    static final String CHANNEL = "crm";
    /** Four attempts, 50 ms after the first failure, then 100 ms. */
    static final RetryPolicy QUICK_RETRY = new RetryPolicy(4, Duration.ofMillis(50), Duration.ofMillis(100));
    static final Duration SETTLE = Duration.ofSeconds(10);

    private final OutboxStore.Kind kind;
    private final List<AutoCloseable> opened = new ArrayList<>();

    @TempDir
    Path scratch;

    OutboxStore store;
    WebhookReceiver receiver;
    final SettableClock clock = new SettableClock(OutboxStore.NOW);

    WebhookFixture(OutboxStore.Kind kind) {
        this.kind = kind;
    }

    @BeforeEach
    void openStoreAndReceiver() {
        store = OutboxStore.create(kind, scratch);
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable resource : opened) {
            resource.close();
        }
        receiver.close();
        store.close();
    }

    /** Webhook {@value #CHANNEL} to the receiver, unsigned, waiting 2 s for a response. */
    WebhookSettings webhook() {
        return webhook(null, Duration.ofSeconds(2), Map.of());
    }

    WebhookSettings webhook(String secret, Duration timeout, Map<String, String> headers) {
        return new WebhookSettings(CHANNEL, receiver.url(), secret, Duration.ofSeconds(1), timeout, headers);
    }

    static Route route(String trigger) {
        return new Route(trigger, CHANNEL, true, Recipient.OWNER, Route.Message.NONE);
    }

    Automations automations(WebhookSettings webhook, RetryPolicy retry, Route... routes) {
        Automations automations = new Automations(
                Arrays.stream(routes).collect(Collectors.toMap(Route::trigger, Function.identity())),
                Map.of(TriggersFileChannel.NAME, new TriggersFileChannel(scratch.resolve("triggers.jsonl")), CHANNEL,
                        new WebhookChannel(webhook)),
                retry, Automations.DEFAULT_LEASE, SETTLE, Automations.DEFAULT_POLL, "test automations");
        opened.add(automations);
        return automations;
    }

    Dispatcher dispatcher(Automations automations) {
        return dispatcher(store.database(), automations);
    }

    Dispatcher dispatcher(Database database, Automations automations) {
        return new Dispatcher(database, automations, clock, "test-node", clock::advance);
    }

    /** A dispatcher sending {@code triggers} to the unsigned webhook with {@code retry}. */
    Dispatcher dispatcher(RetryPolicy retry, String... triggers) {
        return dispatcher(automations(webhook(), retry, Arrays.stream(triggers).map(WebhookFixture::route)
                .toArray(Route[]::new)));
    }

    /** Remembers {@code resource} to close after the test. */
    <T extends AutoCloseable> T closeLater(T resource) {
        opened.add(resource);
        return resource;
    }
}
