package io.healthscore.cli;

import java.nio.file.Path;

class SqliteReportProvisionalTest extends ReportProvisionalContract {
    @Override
    String createStore(Path folder) {
        return folder.resolve("store").toString();
    }

    @Override
    void dropStore(String store) {
        // the folder goes with the test's temporary directory
    }
}
