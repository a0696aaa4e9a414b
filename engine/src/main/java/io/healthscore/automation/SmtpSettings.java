package io.healthscore.automation;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * How an email channel reaches its SMTP server. {@code username} turns authentication on; {@code trust} lists
 * the hosts whose certificate is trusted without checking it (e.g. a relay with a self-signed certificate;
 * "*" trusts every host), empty to check certificates as Java does. {@link #toString()} masks the password.
 */
public record SmtpSettings(String name, String host, int port, Security security, String username, String password,
        String from, Duration connectTimeout, Duration timeout, List<String> trust) {

    /** How the connection is protected: not at all, upgraded with STARTTLS (required), or TLS from the start. */
    public enum Security { NONE, STARTTLS, TLS }

    public SmtpSettings {
        require(name, "name", "the channel's name, e.g. mail");
        require(host, "host", "the SMTP server's host name or address, e.g. smtp.example.com");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("SMTP port " + port + " is not valid; accepted: 1-65535"
                    + " (usually 25, 587 for STARTTLS, 465 for TLS)");
        }
        Objects.requireNonNull(security, "security");
        if (username != null && username.isBlank()) {
            username = null;
        }
        if (username == null && password != null) {
            throw new IllegalArgumentException("SMTP password given without a username; give both, or neither"
                    + " for a server that needs no authentication");
        }
        require(from, "from", "an address such as healthscore@example.com or \"Customer Success <cs@example.com>\"");
        checkAddress(from);
        connectTimeout = positive(connectTimeout, "connectTimeout");
        timeout = positive(timeout, "timeout");
        trust = List.copyOf(trust == null ? List.of() : trust);
    }

    /** Jakarta Mail's settings for this server; the password is not among them (it is given at connect). */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        String prefix = "mail.smtp.";
        properties.setProperty(prefix + "host", host);
        properties.setProperty(prefix + "port", Integer.toString(port));
        properties.setProperty(prefix + "auth", Boolean.toString(username != null));
        properties.setProperty(prefix + "connectiontimeout", Long.toString(connectTimeout.toMillis()));
        properties.setProperty(prefix + "timeout", Long.toString(timeout.toMillis()));
        properties.setProperty(prefix + "writetimeout", Long.toString(timeout.toMillis()));
        if (security == Security.TLS) {
            properties.setProperty(prefix + "ssl.enable", "true");
        }
        if (security == Security.STARTTLS) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        if (security != Security.NONE) {
            properties.setProperty(prefix + "ssl.checkserveridentity", Boolean.toString(trust.isEmpty()));
        }
        if (!trust.isEmpty()) {
            properties.setProperty(prefix + "ssl.trust", String.join(" ", trust));
        }
        return properties;
    }

    /** host:port, as delivery errors name the server. */
    public String server() {
        return host + ":" + port;
    }

    @Override
    public String toString() {
        return "SmtpSettings[name=" + name + ", server=" + server() + ", security=" + security + ", username="
                + username + ", password=" + (password == null ? "none" : "****") + ", from=" + from
                + ", connectTimeout=" + connectTimeout + ", timeout=" + timeout + ", trust=" + trust + "]";
    }

    private static void require(String value, String field, String accepted) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("SMTP " + field + " is missing; accepted: " + accepted);
        }
    }

    private static void checkAddress(String from) {
        try {
            new InternetAddress(from, true).validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("SMTP from '" + from + "' is not an email address (" + e.getMessage()
                    + "); accepted: an address such as healthscore@example.com or"
                    + " \"Customer Success <cs@example.com>\"", e);
        }
    }

    private static Duration positive(Duration value, String field) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("SMTP " + field + " " + value + " is not valid; accepted: a"
                    + " positive duration, e.g. 10s");
        }
        return value;
    }
}
