package io.healthscore.store;

class H2CliStoreTest extends CliStoreContract {
    H2CliStoreTest() {
        super(TestStore.H2);
    }
}
