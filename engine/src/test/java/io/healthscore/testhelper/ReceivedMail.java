package io.healthscore.testhelper;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Arrays;
import java.util.List;

/** A mail as the SMTP server received it, its multipart/alternative parsed. */
public record ReceivedMail(List<String> to, String subject, String contentType, String text, String textType, String html,
        String htmlType, String messageId, String eventHeader, String replayHeader) {

    public static ReceivedMail of(MimeMessage message) {
        try {
            MimeMultipart alternative = (MimeMultipart) message.getContent();
            if (alternative.getCount() != 2) {
                throw new AssertionError("expected 2 parts, got " + alternative.getCount());
            }
            BodyPart text = alternative.getBodyPart(0);
            BodyPart html = alternative.getBodyPart(1);
            return new ReceivedMail(
                    Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Address::toString).toList(),
                    message.getSubject(), message.getContentType(), body(text), text.getContentType(), body(html),
                    html.getContentType(), message.getMessageID(),
                    message.getHeader("X-Healthscore-Event", null),
                    message.getHeader("X-Healthscore-Replay", null));
        } catch (Exception e) {
            throw new AssertionError("cannot parse the received mail: " + e, e);
        }
    }

    /** The part's text with SMTP's CRLF line ends read back as the \n the template wrote. */
    private static String body(BodyPart part) throws Exception {
        return ((String) part.getContent()).replace("\r\n", "\n");
    }
}
