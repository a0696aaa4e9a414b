package io.healthscore.automation;

import io.healthscore.testhelper.PostgresTest;

@PostgresTest
class PostgresWebhookOnceTest extends WebhookOnceContract {
    PostgresWebhookOnceTest() {
        super(OutboxStore.Kind.POSTGRESQL);
    }
}
