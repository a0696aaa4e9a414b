package io.healthscore.automation;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a trigger as an email through an SMTP server: to the route's recipients, with the route's message,
 * else the trigger's default message, else a generic one. One connection per delivery; a delivery that fails
 * is reported as {@code Retry} or {@code Failed}, never thrown.
 */
public final class EmailChannel implements Channel {
    private static final Logger LOG = LoggerFactory.getLogger(EmailChannel.class);

    private final SmtpSettings settings;
    private final Session session;
    private final InternetAddress from;

    public EmailChannel(SmtpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.session = Session.getInstance(settings.sessionProperties());
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("SMTP from '" + settings.from() + "' is not an email address", e);
        }
    }

    @Override
    public String name() {
        return settings.name();
    }

    /** The settings the automations file gave. */
    SmtpSettings settings() {
        return settings;
    }

    @Override
    public DeliveryOutcome deliver(TriggerEvent event, Route route) {
        List<String> addresses = route.to().resolve(event.company());
        if (addresses.isEmpty()) {
            return new DeliveryOutcome.Failed(missingRecipient(event, route.to()));
        }
        List<InternetAddress> to = new ArrayList<>();
        for (String address : addresses) {
            try {
                to.add(new InternetAddress(address, true));
            } catch (AddressException e) {
                return new DeliveryOutcome.Failed("company " + event.company().id() + ": '" + address + "' ("
                        + route.to().describe() + ") is not an email address (" + e.getMessage()
                        + "); correct it and run `healthscore triggers retry`");
            }
        }
        try {
            MimeMessage message = EmailMessage.of(session, from, to, event, EmailContent.of(event, route.message()));
            return send(message, to);
        } catch (MessagingException e) {
            return SmtpFailure.of(e, settings);
        }
    }

    private DeliveryOutcome send(MimeMessage message, List<InternetAddress> to) throws MessagingException {
        Transport transport = session.getTransport();
        try {
            transport.connect(settings.host(), settings.port(), settings.username(),
                    settings.username() == null ? null : Objects.requireNonNullElse(settings.password(), ""));
            transport.sendMessage(message, message.getAllRecipients());
            String reply = transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse() : "sent";
            String detail = firstLine(reply) + " to " + String.join(", ", to.stream().map(InternetAddress::getAddress)
                    .toList());
            LOG.debug("{} via {}: {}", message.getMessageID(), settings.server(), detail);
            return new DeliveryOutcome.Sent(detail);
        } finally {
            quit(transport);
        }
    }

    /** The server has answered the message by now; a failing QUIT cannot undo (or redo) the delivery. */
    private void quit(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("closing the connection to {} failed", settings.server(), e);
        }
    }

    private static String missingRecipient(TriggerEvent event, Recipient recipient) {
        String column = recipient.kind().name().toLowerCase(Locale.ROOT);
        return "company " + event.company().id() + " has no " + column + " email; add it to the companies file"
                + " (column " + column + ") and run `healthscore triggers retry`";
    }

    private static String firstLine(String reply) {
        String line = reply == null ? "" : reply.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "sent" : line;
    }
}
