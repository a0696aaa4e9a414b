package io.healthscore.automation;

class SqliteWebhookRetryTest extends WebhookRetryContract {
    SqliteWebhookRetryTest() {
        super(OutboxStore.Kind.SQLITE);
    }
}
