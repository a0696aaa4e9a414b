package io.healthscore.store;

class SqliteMonthInputReaderTest extends MonthInputReaderContract {
    SqliteMonthInputReaderTest() {
        super(TestStore.SQLITE);
    }
}
