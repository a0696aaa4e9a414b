package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.MailServer;
import io.healthscore.testhelper.ReceivedMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Mail systems recognise a repeated delivery by its Message-ID, and must not drop a replay as one. */
class MessageIdTest {
    private final MailServer server = MailServer.smtp();
    private final EmailChannel channel = new EmailChannel(server.settings());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_send_the_same_message_id_and_the_event_header_when_an_event_is_delivered_twice() {
        TriggerEvent event = Events.event("outreach-email");
        channel.deliver(event, Events.defaultRoute("outreach-email"));
        channel.deliver(new TriggerEvent(event.trigger(), event.company(), event.drivers(), 2, false),
                Events.defaultRoute("outreach-email"));

        ReceivedMail first = ReceivedMail.of(server.received().get(0));
        ReceivedMail second = ReceivedMail.of(server.received().get(1));
        assertThat(first.messageId()).isEqualTo("<acme.2026-10.outreach-email@healthscore>")
                .isEqualTo(second.messageId());
        assertThat(first.eventHeader()).isEqualTo("acme/2026-10/outreach-email");
        assertThat(first.replayHeader()).isNull();
    }

    @Test
    void should_send_another_message_id_and_the_replay_header_when_an_event_is_replayed() {
        TriggerEvent event = Events.event("outreach-email");
        channel.deliver(event, Events.defaultRoute("outreach-email"));
        channel.deliver(Events.replay(event, 1), Events.defaultRoute("outreach-email"));

        ReceivedMail replayed = ReceivedMail.of(server.received().get(1));
        assertThat(replayed.messageId()).isEqualTo("<acme.2026-10.outreach-email.replay-1@healthscore>");
        assertThat(replayed.replayHeader()).isEqualTo("true");
        assertThat(replayed.eventHeader()).isEqualTo("acme/2026-10/outreach-email");
    }

    @Test
    void should_keep_only_safe_characters_in_the_message_id_when_the_trigger_name_has_others() {
        TriggerEvent event = Events.event("renewal call+vip/<eu>");

        assertThat(EmailMessage.messageId(event)).isEqualTo("<acme.2026-10.renewal-call-vip.-eu-@healthscore>");
    }
}
