package io.healthscore.automation;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The MIME message of a trigger: multipart/alternative with a plain-text and an HTML part, its Message-ID
 * derived from the event id so that mail systems can recognise a repeat. A replay gets its own Message-ID, or
 * mail systems that remember Message-IDs would drop it as a duplicate.
 */
final class EmailMessage extends MimeMessage {
    static final String EVENT_HEADER = "X-Healthscore-Event";
    static final String REPLAY_HEADER = "X-Healthscore-Replay";
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final String messageId;

    private EmailMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    static MimeMessage of(Session session, InternetAddress from, List<InternetAddress> to, TriggerEvent event,
            EmailContent content) throws MessagingException {
        EmailMessage message = new EmailMessage(session, messageId(event));
        message.setFrom(from);
        message.setRecipients(RecipientType.TO, to.toArray(InternetAddress[]::new));
        message.setSubject(content.subject(), UTF_8);
        message.setHeader(EVENT_HEADER, event.id());
        if (event.replay()) {
            message.setHeader(REPLAY_HEADER, "true");
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(part(content.text(), "plain"));
        alternative.addBodyPart(part(content.html(), "html"));
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** {@code <acme.2026-10.outreach-email@healthscore>}; a replay adds {@code .replay-<attempt>}. */
    static String messageId(TriggerEvent event) {
        String local = event.id().replace('/', '.').replaceAll("[^A-Za-z0-9._-]", "-");
        if (event.replay()) {
            local += ".replay-" + event.attempt();
        }
        return "<" + local + "@healthscore>";
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }

    private static MimeBodyPart part(String body, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(body, UTF_8, subtype);
        return part;
    }
}
