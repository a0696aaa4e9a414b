package io.healthscore.store;

class SqliteRunRecordsTest extends RunRecordsContract {
    SqliteRunRecordsTest() {
        super(TestStore.SQLITE);
    }
}
