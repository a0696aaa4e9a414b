package io.healthscore.automation;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * What a failed SMTP attempt comes to: a refused connection, a timeout, a broken connection or a 4xx reply may
 * pass ({@code Retry}); a 5xx reply, failed authentication, an untrusted certificate or a missing STARTTLS
 * will not ({@code Failed}). The error is one line naming the server; it never shows the password.
 */
final class SmtpFailure {
    private SmtpFailure() {
    }

    static DeliveryOutcome of(MessagingException failure, SmtpSettings settings) {
        List<Throwable> chain = chain(failure);
        for (Throwable cause : chain) {
            if (cause instanceof AuthenticationFailedException) {
                return failed(settings, "authentication as '" + settings.username() + "' failed ("
                        + reply(cause) + "); check the username and password");
            }
            int code = code(cause);
            if (code >= 500) {
                return failed(settings, reply(cause));
            }
            if (code >= 400) {
                return retry(settings, reply(cause));
            }
            if (cause instanceof SSLException) {
                return failed(settings, "TLS failed (" + reply(cause) + "); if the server's certificate is"
                        + " self-signed, list its host under trust");
            }
            if (cause instanceof AddressException) {
                return failed(settings, "address not accepted (" + reply(cause) + ")");
            }
        }
        String message = String.valueOf(failure.getMessage());
        if (message.contains("STARTTLS")) {
            return failed(settings, message + "; choose security NONE or TLS, or a server that offers STARTTLS");
        }
        for (Throwable cause : chain) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return retry(settings, "cannot connect (" + cause.getClass().getSimpleName() + ": "
                        + cause.getMessage() + ")");
            }
            if (cause instanceof SocketTimeoutException) {
                return retry(settings, "timed out after " + settings.timeout().toMillis() + " ms ("
                        + cause.getMessage() + ")");
            }
            if (cause instanceof IOException) {
                return retry(settings, "connection failed (" + reply(cause) + ")");
            }
        }
        return retry(settings, reply(failure));
    }

    private static int code(Throwable cause) {
        if (cause instanceof SMTPAddressFailedException address) {
            return address.getReturnCode();
        }
        if (cause instanceof SMTPSenderFailedException sender) {
            return sender.getReturnCode();
        }
        if (cause instanceof SMTPSendFailedException send) {
            return send.getReturnCode();
        }
        return -1;
    }

    /** The exception and everything it wraps: causes and the exceptions Jakarta Mail chains as "next". */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = next(cause)) {
            chain.add(cause);
        }
        return chain;
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return cause.getCause();
    }

    private static String reply(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.strip();
    }

    private static DeliveryOutcome failed(SmtpSettings settings, String reason) {
        return new DeliveryOutcome.Failed(line(settings, reason));
    }

    private static DeliveryOutcome retry(SmtpSettings settings, String reason) {
        return new DeliveryOutcome.Retry(line(settings, reason));
    }

    /** One line naming the server, with the password (plain or as AUTH sends it in base64) masked. */
    static String line(SmtpSettings settings, String reason) {
        String line = ("SMTP server " + settings.server() + ": " + reason).replaceAll("\\s+", " ").strip();
        String password = settings.password();
        if (password == null || password.isEmpty()) {
            return line;
        }
        String encoded = Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8));
        return line.replace(password, "****").replace(encoded, "****");
    }
}
