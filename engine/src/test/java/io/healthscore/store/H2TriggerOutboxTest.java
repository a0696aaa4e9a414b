package io.healthscore.store;

class H2TriggerOutboxTest extends TriggerOutboxContract {
    H2TriggerOutboxTest() {
        super(TestStore.H2);
    }
}
