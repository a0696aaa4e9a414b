package io.healthscore.api;

import io.healthscore.testhelper.Postgres;
import io.healthscore.testhelper.PostgresTest;
import java.nio.file.Path;

/** Provisional scores in the API on PostgreSQL. */
@PostgresTest
class PostgresProvisionalApiTest extends ProvisionalApiContract {
    @Override
    String createStore(Path folder) {
        return Postgres.createDatabase();
    }

    @Override
    void dropStore(String store) {
        Postgres.dropDatabase(store);
    }
}
