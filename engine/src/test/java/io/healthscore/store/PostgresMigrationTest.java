package io.healthscore.store;

import io.healthscore.testhelper.PostgresTest;

@PostgresTest
class PostgresMigrationTest extends MigrationContract {
    PostgresMigrationTest() {
        super(TestStore.POSTGRESQL);
    }
}
