package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.trigger.EmittedTrigger;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a webhook receiver gets for a stored trigger: a POST of the documented JSON with the event's headers. */
class WebhookDeliveryBodyTest extends WebhookFixture {
    private static final ObjectMapper JSON = new ObjectMapper();

    WebhookDeliveryBodyTest() {
        super(OutboxStore.Kind.SQLITE);
    }

    @Test
    void should_post_the_documented_json_with_the_event_headers_when_a_stored_trigger_is_delivered() throws IOException {
        List<EmittedTrigger> emitted = store.save("renewal-risk-call");
        Route route = new Route("renewal-risk-call", CHANNEL, true, Recipient.OWNER, new Route.Message(null,
                MessageTemplate.compile("{{company.name}} is {{bandLabel}} ({{score}})", false), null));
        Dispatcher dispatcher = dispatcher(automations(
                webhook(null, Duration.ofSeconds(2), Map.of("X-Api-Key", "k-123", "X-Tenant", "acme-eu")),
                QUICK_RETRY, route));

        DeliveryCounts counts = dispatcher.deliver(emitted);

        assertThat(counts).isEqualTo(new DeliveryCounts(1, 0, 0, 0));
        assertThat(receiver.requests()).hasSize(1);
        WebhookReceiver.Request request = receiver.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(WebhookReceiver.PATH);
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header(WebhookChannel.EVENT_HEADER)).isEqualTo("acme/2026-10/renewal-risk-call");
        assertThat(request.header("X-Api-Key")).isEqualTo("k-123");
        assertThat(request.header("X-Tenant")).isEqualTo("acme-eu");
        assertThat(request.header(WebhookChannel.REPLAY_HEADER)).isNull();
        assertThat(request.header(Signature.HEADER)).isNull();

        JsonNode body = JSON.readTree(request.body());
        assertThat(fieldNames(body)).containsExactly("id", "company", "month", "trigger", "band", "previousBand",
                "score", "previousScore", "rulesHash", "emittedAt", "companyName", "owner", "contact", "segment",
                "drivers", "attempt", "replay", "manual", "message");
        assertThat(body.get("id").asText()).isEqualTo("acme/2026-10/renewal-risk-call");
        assertThat(body.get("company").asText()).isEqualTo("acme");
        assertThat(body.get("month").asText()).isEqualTo("2026-10");
        assertThat(body.get("trigger").asText()).isEqualTo("renewal-risk-call");
        assertThat(body.get("band").asText()).isEqualTo("AT_RISK");
        assertThat(body.get("previousBand").asText()).isEqualTo("STEADY");
        assertThat(body.get("score").intValue()).isEqualTo(24);
        assertThat(body.get("previousScore").intValue()).isEqualTo(39);
        assertThat(body.get("rulesHash").asText()).isEqualTo(OutboxStore.RULES_HASH);
        assertThat(body.get("emittedAt").asText()).isEqualTo("2026-11-02T08:00:00Z");
        assertThat(body.get("companyName").asText()).isEqualTo("Acme Corporation");
        assertThat(body.get("owner").asText()).isEqualTo("dana@cs.example");
        assertThat(body.get("contact").asText()).isEqualTo("success@acme.example");
        assertThat(body.get("segment").asText()).isEqualTo("enterprise");
        JsonNode drivers = body.get("drivers");
        assertThat(fieldNames(drivers)).containsExactly("login", "adoption", "nps", "weeks", "change");
        assertThat(drivers.get("login").decimalValue()).isEqualByComparingTo(new BigDecimal("40.50"));
        assertThat(drivers.get("adoption").decimalValue()).isEqualByComparingTo(new BigDecimal("30.25"));
        assertThat(drivers.get("nps").decimalValue()).isEqualByComparingTo(new BigDecimal("-12"));
        assertThat(drivers.get("weeks").intValue()).isEqualTo(4);
        assertThat(drivers.get("change").intValue()).isEqualTo(-15);
        assertThat(body.get("attempt").intValue()).isEqualTo(1);
        assertThat(body.get("replay").booleanValue()).isFalse();
        assertThat(body.get("message").asText()).isEqualTo("Acme Corporation is At Risk (24)");
    }

    @Test
    void should_leave_the_message_out_when_the_route_has_no_text_template() throws IOException {
        List<EmittedTrigger> emitted = store.save("renewal-risk-call");

        dispatcher(QUICK_RETRY, "renewal-risk-call").deliver(emitted);

        JsonNode body = JSON.readTree(receiver.requests().get(0).body());
        assertThat(fieldNames(body)).doesNotContain("message").contains("id", "drivers", "attempt", "replay");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
