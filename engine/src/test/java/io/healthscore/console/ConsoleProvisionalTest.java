package io.healthscore.console;

import java.nio.file.Path;

class ConsoleProvisionalTest extends ConsoleProvisionalContract {
    @Override
    String createStore(Path folder) {
        return folder.resolve("store").toString();
    }

    @Override
    void dropStore(String store) {
        // the folder goes with the test's temporary directory
    }
}
