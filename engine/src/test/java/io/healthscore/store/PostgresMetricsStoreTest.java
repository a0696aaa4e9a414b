package io.healthscore.store;

import io.healthscore.testhelper.PostgresTest;

@PostgresTest
class PostgresMetricsStoreTest extends MetricsStoreContract {
    PostgresMetricsStoreTest() {
        super(TestStore.POSTGRESQL);
    }
}
