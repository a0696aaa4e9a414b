package io.healthscore.serve;

import java.nio.file.Path;

class SqliteMissedProvisionalFiringTest extends MissedProvisionalFiringContract {
    @Override
    String createStore(Path folder) {
        return folder.resolve("store").toString();
    }

    @Override
    void dropStore(String store) {
        // the temporary folder goes with the test
    }
}
