package io.healthscore.telemetry;

import java.nio.file.Path;

class MetricsOnSqliteTest extends MetricsContract {
    @Override
    String store(Path folder) {
        return folder.resolve("store").toString();
    }
}
