package io.healthscore.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.healthscore.store.Database;
import io.healthscore.store.StoreLocation;
import io.healthscore.testhelper.RunningService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery latency of {@code GET /metrics}: timed where serve delivers, from each trigger's emission. */
class MetricsDeliveryTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DELIVERIES = "healthscore_trigger_delivery_seconds";

    @Test
    void should_time_each_delivery_from_its_emission_when_serve_delivers_a_pending_trigger(@TempDir Path folder)
            throws Exception {
        String store = folder.resolve("store").toString();
        try (RunningService running = RunningService.onSamples(folder)) {
            Exposition before = scrape(running);
            double count = orZero(before.value(DELIVERIES + "_count", Map.of("channel", "file")));
            double sum = orZero(before.value(DELIVERIES + "_sum", Map.of("channel", "file")));
            double withinHalfAnHour = orZero(before.value(DELIVERIES + "_bucket",
                    Map.of("channel", "file", "le", "1800.0")));
            running.clock().advance(Duration.ofHours(1));
            assertThat(makeTwoTriggersPendingAgain(store)).isEqualTo(2);

            Exposition metrics = awaitDeliveries(running, count + 2);

            assertThat(metrics.value(DELIVERIES + "_count", Map.of("channel", "file"))).isEqualTo(count + 2);
            assertThat(metrics.value(DELIVERIES + "_sum", Map.of("channel", "file"))).isCloseTo(sum + 7200, within(0.001));
            assertThat(metrics.value(DELIVERIES + "_bucket", Map.of("channel", "file", "le", "1800.0")))
                    .isEqualTo(withinHalfAnHour);
            assertThat(metrics.value(DELIVERIES + "_bucket", Map.of("channel", "file", "le", "3600.0")))
                    .isEqualTo(count + 2);
        }
    }

    /** Two sent triggers, emitted when the months ran (an hour of the test clock ago), made pending as if they had not been delivered yet. */
    private static int makeTwoTriggersPendingAgain(String store) {
        try (Database database = Database.open(StoreLocation.parse(store))) {
            return database.inTransaction(handle -> handle.execute("""
                    UPDATE triggers SET status = 'pending', attempts = 0, delivered_at = NULL, channel = NULL
                    WHERE (year_month, company_id, name) IN (
                        SELECT year_month, company_id, name FROM triggers WHERE status = 'sent' AND year_month = '2026-10'
                        ORDER BY company_id, name LIMIT 2)"""));
        }
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private static Exposition awaitDeliveries(RunningService running, double expected) {
        AtomicReference<Exposition> metrics = new AtomicReference<>();
        Awaitility.await("the pending triggers delivered").atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    metrics.set(scrape(running));
                    Double delivered = metrics.get().value(DELIVERIES + "_count", Map.of("channel", "file"));
                    return delivered != null && delivered >= expected;
                });
        return metrics.get();
    }

    private static Exposition scrape(RunningService running) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(running.url() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Exposition.parse(response.body());
    }
}
