package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A server that is down may be up later: the dispatcher should try again. */
class SmtpUnavailableTest {

    @Test
    void should_ask_for_a_retry_naming_the_server_when_nothing_listens_on_the_port() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmtpSettings settings = new SmtpSettings("mail", "127.0.0.1", closedPort, SmtpSettings.Security.NONE, null,
                null, "cs@healthscore.example", Duration.ofSeconds(2), Duration.ofSeconds(2), List.of());

        DeliveryOutcome outcome = new EmailChannel(settings).deliver(Events.event("outreach-email"),
                Events.defaultRoute("outreach-email"));

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Retry.class, retry -> {
            assertThat(retry.error()).startsWith("SMTP server 127.0.0.1:" + closedPort + ": cannot connect")
                    .contains("Connection refused").doesNotContain("\n");
            assertThat(retry.after()).isNull();
        });
    }
}
