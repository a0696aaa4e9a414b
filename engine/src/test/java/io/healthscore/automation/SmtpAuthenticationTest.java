package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.MailServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A server that wants a login: the right one delivers, a wrong one cannot get better by retrying. */
class SmtpAuthenticationTest {
    private static final String PASSWORD = "s3cret-Pa55";

    private final MailServer server = MailServer.smtp().user("healthscore", PASSWORD);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_deliver_when_the_credentials_are_right() {
        EmailChannel channel = new EmailChannel(server.settings(SmtpSettings.Security.NONE, "healthscore", PASSWORD,
                List.of()));

        DeliveryOutcome outcome = channel.deliver(Events.event("follow-up-task"), Events.defaultRoute("follow-up-task"));

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Sent.class);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void should_fail_without_showing_the_password_when_the_password_is_wrong() {
        String wrong = "wrong-" + PASSWORD;
        EmailChannel channel = new EmailChannel(server.settings(SmtpSettings.Security.NONE, "healthscore", wrong,
                List.of()));

        DeliveryOutcome outcome = channel.deliver(Events.event("follow-up-task"), Events.defaultRoute("follow-up-task"));

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Failed.class, failed -> assertThat(failed.error())
                .startsWith("SMTP server 127.0.0.1:" + server.port() + ": authentication as 'healthscore' failed")
                .contains("check the username and password")
                .doesNotContain(wrong, PASSWORD));
        assertThat(server.received()).isEmpty();
    }
}
