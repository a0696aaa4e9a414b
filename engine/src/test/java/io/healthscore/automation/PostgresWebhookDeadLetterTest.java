package io.healthscore.automation;

import io.healthscore.testhelper.PostgresTest;

@PostgresTest
class PostgresWebhookDeadLetterTest extends WebhookDeadLetterContract {
    PostgresWebhookDeadLetterTest() {
        super(OutboxStore.Kind.POSTGRESQL);
    }
}
