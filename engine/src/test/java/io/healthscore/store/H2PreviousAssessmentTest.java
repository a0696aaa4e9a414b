package io.healthscore.store;

class H2PreviousAssessmentTest extends PreviousAssessmentContract {
    H2PreviousAssessmentTest() {
        super(TestStore.H2);
    }
}
