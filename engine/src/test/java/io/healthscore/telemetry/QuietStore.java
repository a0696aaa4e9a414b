package io.healthscore.telemetry;

import org.awaitility.Awaitility;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.RunningService;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Waits until a running service leaves its store alone. Its scheduler runs on wall time while the test clock stands
 * at 2026-11-02, so when the wall clock is past a monthly firing the service runs that month on start; the metrics
 * are compared with the commands' view once that run is over.
 */
final class QuietStore {
    private QuietStore() {
    }

    static void awaitQuiet(RunningService running, String store) {
        AtomicReference<String> last = new AtomicReference<>("");
        Awaitility.await("no run running and no trigger pending, twice in a row").atMost(Duration.ofSeconds(90))
                .pollDelay(Duration.ofSeconds(2)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                    String runs = CliRun.run(running.clock(), "runs", "--limit", "1000", "--json", "--store", store).out();
                    String pending = CliRun.run(running.clock(), "triggers", "--status", "pending", "--json",
                            "--store", store).out();
                    String seen = runs + pending;
                    boolean quiet = !runs.contains("\"status\":\"running\"") && pending.isBlank() && seen.equals(last.get());
                    last.set(seen);
                    return quiet;
                });
    }
}
