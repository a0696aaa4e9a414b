package io.healthscore.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.automation.Automations;
import io.healthscore.store.Database;
import io.healthscore.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that does not answer leaves its gauges out and says so; the scrape itself still answers. */
class TelemetryStoreDownTest {

    @Test
    void should_report_the_store_down_and_leave_its_gauges_out_when_the_store_does_not_answer(@TempDir Path folder) {
        Database database = Database.open(StoreLocation.parse(folder.resolve("store").toString()));
        Telemetry telemetry = new Telemetry(database, Automations.defaults(folder.resolve("triggers.jsonl")),
                Clock.systemUTC(), Duration.ZERO);
        telemetry.delivered("file", Duration.ofSeconds(3));
        assertThat(Exposition.parse(telemetry.scrape()).named("healthscore_runs")).hasSize(4);

        database.close();
        Exposition metrics = Exposition.parse(telemetry.scrape());

        assertThat(metrics.value("healthscore_store_up", Map.of())).isEqualTo(0.0);
        assertThat(metrics.named("healthscore_runs")).isEmpty();
        assertThat(metrics.value("healthscore_trigger_delivery_seconds_count", Map.of("channel", "file"))).isEqualTo(1.0);
        assertThat(metrics.value("healthscore_trigger_delivery_seconds_bucket", Map.of("channel", "file", "le", "5.0")))
                .isEqualTo(1.0);
    }
}
