package io.healthscore.store;

import io.healthscore.testhelper.PostgresTest;

@PostgresTest
class PostgresAssessmentStoreTest extends AssessmentStoreContract {
    PostgresAssessmentStoreTest() {
        super(TestStore.POSTGRESQL);
    }
}
