package io.healthscore.store;

class SqliteTriggerOutboxTest extends TriggerOutboxContract {
    SqliteTriggerOutboxTest() {
        super(TestStore.SQLITE);
    }
}
