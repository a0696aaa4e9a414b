package io.healthscore.automation;

class H2WebhookDeadLetterTest extends WebhookDeadLetterContract {
    H2WebhookDeadLetterTest() {
        super(OutboxStore.Kind.H2);
    }
}
