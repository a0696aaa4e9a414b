package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.MailServer;
import io.healthscore.testhelper.ReceivedMail;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TLS against GreenMail's SMTPS and its self-signed certificate; STARTTLS required of a server without it. */
class SmtpTlsTest {

    @Test
    void should_deliver_over_tls_when_the_self_signed_server_is_trusted() {
        try (MailServer server = MailServer.smtps()) {
            EmailChannel channel = new EmailChannel(server.settings(SmtpSettings.Security.TLS, null, null,
                    List.of(MailServer.HOST)));

            DeliveryOutcome outcome = channel.deliver(Events.event("internal-notification"),
                    Events.defaultRoute("internal-notification"));

            assertThat(outcome).isInstanceOf(DeliveryOutcome.Sent.class);
            assertThat(ReceivedMail.of(server.received().get(0)).to()).containsExactly(Events.OWNER);
        }
    }

    @Test
    void should_fail_pointing_at_trust_when_the_self_signed_certificate_is_not_trusted() {
        try (MailServer server = MailServer.smtps()) {
            EmailChannel channel = new EmailChannel(server.settings(SmtpSettings.Security.TLS, null, null, List.of()));

            DeliveryOutcome outcome = channel.deliver(Events.event("internal-notification"),
                    Events.defaultRoute("internal-notification"));

            assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Failed.class, failed -> assertThat(
                    failed.error()).startsWith("SMTP server 127.0.0.1:" + server.port() + ": TLS failed")
                    .contains("list its host under trust"));
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void should_fail_without_sending_in_clear_when_starttls_is_required_of_a_server_without_it() {
        try (MailServer server = MailServer.smtp()) {
            EmailChannel channel = new EmailChannel(server.settings(SmtpSettings.Security.STARTTLS, null, null,
                    List.of(MailServer.HOST)));

            DeliveryOutcome outcome = channel.deliver(Events.event("internal-notification"),
                    Events.defaultRoute("internal-notification"));

            assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Failed.class, failed -> assertThat(
                    failed.error()).startsWith("SMTP server 127.0.0.1:" + server.port() + ": ")
                    .contains("STARTTLS"));
            assertThat(server.received()).isEmpty();
        }
    }
}
