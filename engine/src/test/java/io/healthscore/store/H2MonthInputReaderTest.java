package io.healthscore.store;

class H2MonthInputReaderTest extends MonthInputReaderContract {
    H2MonthInputReaderTest() {
        super(TestStore.H2);
    }
}
