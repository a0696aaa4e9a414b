package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The signature a receiver checks: HMAC-SHA256 of the raw body under the shared secret, recomputed here as a
 * receiver would (not with {@link Signature}) and compared in constant time.
 */
class WebhookDeliverySignatureTest extends WebhookFixture {
    private static final String SECRET = "whsec-7f3a9c";

    WebhookDeliverySignatureTest() {
        super(OutboxStore.Kind.SQLITE);
    }

    @Test
    void should_verify_over_the_raw_body_when_the_receiver_holds_the_shared_secret() {
        store.save("renewal-risk-call");

        signedDispatcher(SECRET).deliverDue();

        WebhookReceiver.Request request = receiver.requests().get(0);
        assertThat(request.header(Signature.HEADER)).matches("sha256=[0-9a-f]{64}");
        assertThat(WebhookReceiver.verifies(request.body(), request.header(Signature.HEADER), SECRET)).isTrue();
    }

    @Test
    void should_not_verify_when_the_receiver_holds_another_secret_or_the_body_was_changed() {
        store.save("renewal-risk-call");

        signedDispatcher(SECRET).deliverDue();

        WebhookReceiver.Request request = receiver.requests().get(0);
        byte[] changed = Arrays.copyOf(request.body(), request.body().length);
        changed[changed.length / 2] ^= 1;
        assertThat(WebhookReceiver.verifies(request.body(), request.header(Signature.HEADER), "whsec-7f3a9d")).isFalse();
        assertThat(WebhookReceiver.verifies(changed, request.header(Signature.HEADER), SECRET)).isFalse();
    }

    @Test
    void should_sign_each_attempt_over_its_own_body_when_a_delivery_is_retried() {
        store.save("renewal-risk-call");
        receiver.answer(WebhookReceiver.Reply.status(500));

        signedDispatcher(SECRET).settle();

        assertThat(receiver.requests()).hasSize(2).allSatisfy(request ->
                assertThat(WebhookReceiver.verifies(request.body(), request.header(Signature.HEADER), SECRET)).isTrue());
        assertThat(receiver.requests().get(0).header(Signature.HEADER))
                .isNotEqualTo(receiver.requests().get(1).header(Signature.HEADER));
    }

    @Test
    void should_send_no_signature_when_the_channel_has_no_secret() {
        store.save("renewal-risk-call");

        dispatcher(QUICK_RETRY, "renewal-risk-call").deliverDue();

        assertThat(receiver.requests()).hasSize(1);
        assertThat(receiver.requests().get(0).headers()).doesNotContainKey(Signature.HEADER);
    }

    private Dispatcher signedDispatcher(String secret) {
        return dispatcher(automations(webhook(secret, Duration.ofSeconds(2), Map.of()), QUICK_RETRY,
                route("renewal-risk-call")));
    }
}
