package io.healthscore.store;

class SqliteCliStoreTest extends CliStoreContract {
    SqliteCliStoreTest() {
        super(TestStore.SQLITE);
    }
}
