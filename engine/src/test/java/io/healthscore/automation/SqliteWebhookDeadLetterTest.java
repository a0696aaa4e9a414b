package io.healthscore.automation;

class SqliteWebhookDeadLetterTest extends WebhookDeadLetterContract {
    SqliteWebhookDeadLetterTest() {
        super(OutboxStore.Kind.SQLITE);
    }
}
