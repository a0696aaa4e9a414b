package io.healthscore.api;

import io.healthscore.testhelper.RunningService;
import java.nio.file.Path;

/** The API on the embedded store. */
class EmbeddedApiTest extends ApiContract {
    @Override
    RunningService start(Path folder) {
        return RunningService.onSamples(folder);
    }
}
