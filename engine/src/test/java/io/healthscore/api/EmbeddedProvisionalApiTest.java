package io.healthscore.api;

import java.nio.file.Path;

/** Provisional scores in the API on the embedded store. */
class EmbeddedProvisionalApiTest extends ProvisionalApiContract {
    @Override
    String createStore(Path folder) {
        return folder.resolve("store").toString();
    }

    @Override
    void dropStore(String store) {
        // the folder goes with the test's temporary directory
    }
}
