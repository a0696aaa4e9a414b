package io.healthscore.store;

class H2AssessmentStoreTest extends AssessmentStoreContract {
    H2AssessmentStoreTest() {
        super(TestStore.H2);
    }
}
