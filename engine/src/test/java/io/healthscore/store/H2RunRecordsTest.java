package io.healthscore.store;

class H2RunRecordsTest extends RunRecordsContract {
    H2RunRecordsTest() {
        super(TestStore.H2);
    }
}
