package io.healthscore.console;

import io.healthscore.testhelper.Postgres;
import io.healthscore.testhelper.PostgresTest;
import java.nio.file.Path;

@PostgresTest
class ConsolePostgresProvisionalTest extends ConsoleProvisionalContract {
    @Override
    String createStore(Path folder) {
        return Postgres.createDatabase();
    }

    @Override
    void dropStore(String store) {
        Postgres.dropDatabase(store);
    }
}
