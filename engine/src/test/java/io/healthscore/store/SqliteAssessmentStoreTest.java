package io.healthscore.store;

class SqliteAssessmentStoreTest extends AssessmentStoreContract {
    SqliteAssessmentStoreTest() {
        super(TestStore.SQLITE);
    }
}
