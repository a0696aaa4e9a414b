package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How the server's replies classify: 4xx and silence may pass, 5xx will not. */
class SmtpReplyTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static DeliveryOutcome deliverThrough(ScriptedSmtpServer server, Duration timeout) {
        return new EmailChannel(server.settings(timeout)).deliver(Events.event("follow-up-task"),
                Events.defaultRoute("follow-up-task"));
    }

    @Test
    void should_fail_naming_the_reply_when_the_server_rejects_the_recipient_for_good() {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("550 5.1.1 <dana@example.com>: no such user",
                "250 OK")) {
            assertThat(deliverThrough(server, TIMEOUT)).isEqualTo(new DeliveryOutcome.Failed("SMTP server 127.0.0.1:"
                    + server.port() + ": 550 5.1.1 <dana@example.com>: no such user"));
        }
    }

    @Test
    void should_ask_for_a_retry_when_the_server_defers_the_recipient() {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("451 4.3.0 mailbox busy, try later", "250 OK")) {
            assertThat(deliverThrough(server, TIMEOUT)).isEqualTo(new DeliveryOutcome.Retry("SMTP server 127.0.0.1:"
                    + server.port() + ": 451 4.3.0 mailbox busy, try later"));
        }
    }

    @Test
    void should_fail_when_the_server_refuses_the_message_for_good() {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("250 OK", "554 5.7.1 message refused as spam")) {
            assertThat(deliverThrough(server, TIMEOUT)).isInstanceOfSatisfying(DeliveryOutcome.Failed.class,
                    failed -> assertThat(failed.error()).contains("554 5.7.1 message refused as spam"));
        }
    }

    @Test
    void should_ask_for_a_retry_when_the_server_is_out_of_space_for_now() {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("250 OK", "452 4.3.1 insufficient storage")) {
            assertThat(deliverThrough(server, TIMEOUT)).isInstanceOfSatisfying(DeliveryOutcome.Retry.class,
                    retry -> assertThat(retry.error()).contains("452 4.3.1 insufficient storage"));
        }
    }

    @Test
    void should_ask_for_a_retry_naming_the_timeout_when_the_server_stops_answering() {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(null, "250 OK")) {
            assertThat(deliverThrough(server, Duration.ofMillis(500))).isInstanceOfSatisfying(
                    DeliveryOutcome.Retry.class, retry -> assertThat(retry.error())
                            .startsWith("SMTP server 127.0.0.1:" + server.port() + ": timed out after 500 ms"));
        }
    }
}
