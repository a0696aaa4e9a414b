package io.healthscore.store;

import io.healthscore.testhelper.PostgresTest;

@PostgresTest
class PostgresTriggerOutboxTest extends TriggerOutboxContract {
    PostgresTriggerOutboxTest() {
        super(TestStore.POSTGRESQL);
    }
}
