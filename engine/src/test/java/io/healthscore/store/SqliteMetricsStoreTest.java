package io.healthscore.store;

class SqliteMetricsStoreTest extends MetricsStoreContract {
    SqliteMetricsStoreTest() {
        super(TestStore.SQLITE);
    }
}
