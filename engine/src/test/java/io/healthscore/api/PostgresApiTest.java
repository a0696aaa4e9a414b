package io.healthscore.api;

import io.healthscore.testhelper.Postgres;
import io.healthscore.testhelper.PostgresTest;
import io.healthscore.testhelper.RunningService;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/** The API on PostgreSQL. */
@PostgresTest
class PostgresApiTest extends ApiContract {
    private String url;

    @Override
    RunningService start(Path folder) {
        url = Postgres.createDatabase();
        return RunningService.onSamples(folder, url);
    }

    @AfterAll
    void dropDatabase() {
        stopService();
        if (url != null) {
            Postgres.dropDatabase(url);
        }
    }
}
