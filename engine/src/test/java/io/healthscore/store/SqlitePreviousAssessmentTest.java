package io.healthscore.store;

class SqlitePreviousAssessmentTest extends PreviousAssessmentContract {
    SqlitePreviousAssessmentTest() {
        super(TestStore.SQLITE);
    }
}
