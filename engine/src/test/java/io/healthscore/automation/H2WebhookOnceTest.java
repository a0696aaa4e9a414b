package io.healthscore.automation;

class H2WebhookOnceTest extends WebhookOnceContract {
    H2WebhookOnceTest() {
        super(OutboxStore.Kind.H2);
    }
}
