package io.healthscore.store;

import io.healthscore.testhelper.PostgresTest;

/** On a database collated by a language locale: shard ranges must still follow Java's order. */
@PostgresTest
class PostgresRunRecordsTest extends RunRecordsContract {
    PostgresRunRecordsTest() {
        super(TestStore.POSTGRESQL_LOCALE_COLLATED);
    }
}
