package io.healthscore.automation;

class H2WebhookRetryTest extends WebhookRetryContract {
    H2WebhookRetryTest() {
        super(OutboxStore.Kind.H2);
    }
}
