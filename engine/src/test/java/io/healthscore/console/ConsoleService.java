package io.healthscore.console;

import io.healthscore.testhelper.RunningService;
import io.healthscore.users.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jsoup.nodes.Document;

/**
 * A {@link RunningService} for the console tests, started once it is quiet: the scheduler of serve runs on the
 * wall clock, so it may catch up a monthly firing it "missed" (a scheduled run of 2026-11, without data) just
 * after the start; the tests wait for it so that the latest month does not change under them.
 */
final class ConsoleService {
    private static final Duration QUIET = Duration.ofSeconds(20);

    private ConsoleService() {
    }

    static RunningService start(Path folder) {
        return quiet(RunningService.onSamples(folder));
    }

    static RunningService start(Path folder, String store) {
        return quiet(RunningService.onSamples(folder, store));
    }

    private static RunningService quiet(RunningService service) {
        ConsoleClient admin = ConsoleClient.signedIn(service, Role.ADMIN);
        Instant until = Instant.now().plus(QUIET);
        while (Instant.now().isBefore(until)) {
            Document runs = admin.get("/runs").document();
            boolean running = !runs.select("#runs td:nth-child(3):contains(running)").isEmpty();
            boolean caughtUp = !runs.select("#runs td:nth-child(2):contains(scheduled)").isEmpty();
            if (caughtUp && !running) {
                return service;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the service", e);
            }
        }
        return service;
    }
}
