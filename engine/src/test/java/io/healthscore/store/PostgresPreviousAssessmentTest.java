package io.healthscore.store;

import io.healthscore.testhelper.PostgresTest;

@PostgresTest
class PostgresPreviousAssessmentTest extends PreviousAssessmentContract {
    PostgresPreviousAssessmentTest() {
        super(TestStore.POSTGRESQL);
    }
}
