package io.healthscore.telemetry;

import io.healthscore.testhelper.Postgres;
import io.healthscore.testhelper.PostgresTest;
import java.nio.file.Path;

@PostgresTest
class MetricsOnPostgresTest extends MetricsContract {
    private String url;

    @Override
    String store(Path folder) {
        url = Postgres.createDatabase();
        return url;
    }

    @Override
    void removeStore() {
        if (url != null) {
            Postgres.dropDatabase(url);
        }
    }
}
