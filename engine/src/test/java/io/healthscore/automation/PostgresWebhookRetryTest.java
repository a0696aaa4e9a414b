package io.healthscore.automation;

import io.healthscore.testhelper.PostgresTest;

@PostgresTest
class PostgresWebhookRetryTest extends WebhookRetryContract {
    PostgresWebhookRetryTest() {
        super(OutboxStore.Kind.POSTGRESQL);
    }
}
