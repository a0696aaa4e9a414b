package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.MailServer;
import io.healthscore.testhelper.ReceivedMail;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every default trigger, delivered with its built-in message through a real SMTP server. */
class DefaultMessageDeliveryTest {
    private static final Set<String> INTERNAL = Set.of("follow-up-task", "upsell-opportunity",
            "internal-notification", "score-drop-alert");

    private final MailServer server = MailServer.smtp();
    private final EmailChannel channel = new EmailChannel(server.settings());

    @AfterEach
    void stop() {
        channel.close();
        server.close();
    }

    static List<String> defaultTriggers() {
        return List.of("outreach-email", "follow-up-task", "support-resources-email", "engagement-email",
                "upsell-opportunity", "loyalty-offer", "case-study-request", "referral-request",
                "internal-notification", "score-drop-alert");
    }

    @Test
    void should_know_every_trigger_of_the_default_rules_when_asked_for_the_names() {
        assertThat(DefaultMessages.names()).containsExactlyElementsOf(defaultTriggers());
        assertThat(DefaultMessages.of("renewal-risk-call")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("defaultTriggers")
    void should_reach_the_owner_or_the_contact_with_a_text_and_an_html_part_when_a_default_trigger_is_delivered(
            String trigger) {
        String expectedTo = INTERNAL.contains(trigger) ? Events.OWNER : Events.CONTACT;

        DeliveryOutcome outcome = channel.deliver(Events.event(trigger), Events.defaultRoute(trigger));

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Sent.class,
                sent -> assertThat(sent.detail()).startsWith("250").endsWith("to " + expectedTo));
        assertThat(server.received()).hasSize(1);
        ReceivedMail mail = ReceivedMail.of(server.received().get(0));
        assertThat(mail.to()).containsExactly(expectedTo);
        assertThat(mail.contentType()).startsWith("multipart/alternative");
        assertThat(mail.textType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(mail.htmlType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(mail.subject()).contains("Acme Corp");
        assertThat(List.of(mail.text(), mail.html())).allSatisfy(body -> assertThat(body).contains("Acme Corp"));
        assertThat(mail.html()).startsWith("<!DOCTYPE html>").doesNotContain("http://", "https://", "src=");
    }

    @ParameterizedTest
    @MethodSource("defaultTriggers")
    void should_show_score_bands_and_drivers_only_to_the_owner_when_a_default_trigger_is_delivered(String trigger) {
        channel.deliver(Events.event(trigger), Events.defaultRoute(trigger));

        ReceivedMail mail = ReceivedMail.of(server.received().get(0));
        List<String> facts = List.of("24", "At Risk", "Steady", "39", "login 40.5", "adoption 30.25", "NPS -12",
                "4 weeks", "-15", "acme/2026-10/" + trigger);
        for (String body : List.of(mail.text(), mail.html())) {
            if (INTERNAL.contains(trigger)) {
                assertThat(body).contains(facts);
            } else {
                assertThat(body).doesNotContain("At Risk", "Steady", "40.5", "score", "acme/2026-10");
            }
        }
    }
}
