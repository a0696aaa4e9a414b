package io.healthscore.store;

class H2MetricsStoreTest extends MetricsStoreContract {
    H2MetricsStoreTest() {
        super(TestStore.H2);
    }
}
