package io.healthscore.serve;

import io.healthscore.testhelper.Postgres;
import io.healthscore.testhelper.PostgresTest;
import java.nio.file.Path;

@PostgresTest
class PostgresMissedProvisionalFiringTest extends MissedProvisionalFiringContract {
    @Override
    String createStore(Path folder) {
        return Postgres.createDatabase();
    }

    @Override
    void dropStore(String store) {
        Postgres.dropDatabase(store);
    }
}
