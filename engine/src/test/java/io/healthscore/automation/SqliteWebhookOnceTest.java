package io.healthscore.automation;

class SqliteWebhookOnceTest extends WebhookOnceContract {
    SqliteWebhookOnceTest() {
        super(OutboxStore.Kind.SQLITE);
    }
}
