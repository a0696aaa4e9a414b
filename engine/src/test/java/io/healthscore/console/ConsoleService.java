package io.healthscore.console;

import io.healthscore.testhelper.RunningService;
import java.nio.file.Path;

/** A {@link RunningService} for the console tests: the samples' four months run, a user per role. */
final class ConsoleService {
    private ConsoleService() {
    }

    static RunningService start(Path folder) {
        return RunningService.onSamples(folder);
    }

    static RunningService start(Path folder, String store) {
        return RunningService.onSamples(folder, store);
    }
}
