package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.MailServer;
import io.healthscore.testhelper.ReceivedMail;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Messages from the automations file, and triggers that have none. */
class CustomMessageDeliveryTest {
    private final MailServer server = MailServer.smtp();
    private final EmailChannel channel = new EmailChannel(server.settings());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_send_the_configured_templates_with_values_escaped_only_in_html_when_a_route_has_its_own_message() {
        Route.Message message = new Route.Message(
                MessageTemplate.compile("{{company.name}} is {{bandLabel}}", false),
                MessageTemplate.compile("{{company.name}} scored {{score}} in {{monthName}}.", false),
                MessageTemplate.compile("<p>{{company.name}} scored <b>{{score}}</b></p>", true));
        TriggerEvent event = Events.event("renewal-risk-call",
                Events.company("Smith & <Sons>", Events.OWNER, Events.CONTACT));

        DeliveryOutcome outcome = channel.deliver(event,
                Events.route("renewal-risk-call", Recipient.addresses(List.of("a@example.com", "b@example.com")),
                        message));

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Sent("250 OK to a@example.com, b@example.com"));
        ReceivedMail mail = ReceivedMail.of(server.received().get(0));
        assertThat(mail.to()).containsExactly("a@example.com", "b@example.com");
        assertThat(mail.subject()).isEqualTo("Smith & <Sons> is At Risk");
        assertThat(mail.text()).isEqualTo("Smith & <Sons> scored 24 in October 2026.");
        assertThat(mail.html()).isEqualTo("<p>Smith &amp; &lt;Sons&gt; scored <b>24</b></p>");
    }

    @Test
    void should_send_a_generic_message_when_a_custom_trigger_configures_none() {
        channel.deliver(Events.event("renewal-risk-call"), Events.route("renewal-risk-call", Recipient.OWNER,
                Route.Message.NONE));

        ReceivedMail mail = ReceivedMail.of(server.received().get(0));
        assertThat(mail.subject()).isEqualTo("[healthscore] renewal-risk-call: Acme Corp is At Risk");
        assertThat(List.of(mail.text(), mail.html())).allSatisfy(body -> assertThat(body)
                .contains("renewal-risk-call", "Acme Corp", "24", "At Risk", "Steady", "login 40.5"));
    }

    @Test
    void should_keep_the_default_body_when_a_route_configures_only_a_subject() {
        Route.Message message = new Route.Message(MessageTemplate.compile("Quick question, {{company.name}}", false),
                null, null);

        channel.deliver(Events.event("outreach-email"), Events.route("outreach-email", Recipient.CONTACT, message));

        ReceivedMail mail = ReceivedMail.of(server.received().get(0));
        assertThat(mail.subject()).isEqualTo("Quick question, Acme Corp");
        assertThat(mail.text()).startsWith("Hello Acme Corp team,");
        assertThat(mail.html()).contains("Hello Acme Corp team,");
    }

    @Test
    void should_make_the_html_from_the_text_when_a_route_configures_only_a_text() {
        Route.Message message = new Route.Message(null,
                MessageTemplate.compile("Dear {{company.name}},\nsee <attached>.", false), null);

        channel.deliver(Events.event("outreach-email", Events.company("Smith & Sons", null, Events.CONTACT)),
                Events.route("outreach-email", Recipient.CONTACT, message));

        ReceivedMail mail = ReceivedMail.of(server.received().get(0));
        assertThat(mail.text()).isEqualTo("Dear Smith & Sons,\nsee <attached>.");
        assertThat(mail.html()).startsWith("<!DOCTYPE html>").contains("Dear Smith &amp; Sons,\nsee &lt;attached&gt;.");
    }

    @Test
    void should_make_the_text_from_the_html_when_a_route_configures_only_an_html() {
        Route.Message message = new Route.Message(null, null, MessageTemplate.compile(
                "<html><head><style>p{color:red}</style></head><body><p>Dear {{company.name}},</p>"
                        + "<table><tr><td>Score</td><td>{{score}}</td></tr></table></body></html>", true));

        channel.deliver(Events.event("follow-up-task", Events.company("Smith & Sons", Events.OWNER, null)),
                Events.route("follow-up-task", Recipient.OWNER, message));

        ReceivedMail mail = ReceivedMail.of(server.received().get(0));
        assertThat(mail.text()).isEqualTo("Dear Smith & Sons,\nScore 24\n");
    }
}
