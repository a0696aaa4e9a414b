package io.healthscore.automation;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The {@code channels} section: each named webhook or email channel with its settings. */
final class ChannelsSection {
    private static final String NAME = "[a-z0-9][a-z0-9-]{0,49}";
    private static final Set<String> WEBHOOK = Set.of("type", "url", "secret", "timeout", "connect-timeout", "headers");
    private static final Set<String> EMAIL = Set.of("type", "host", "port", "security", "username", "password", "from",
            "timeout", "connect-timeout", "trust");
    /** Headers the channel sets itself, and those Java's HTTP client does not let a caller set. */
    private static final Set<String> RESERVED_HEADERS = Set.of("content-type", "user-agent", "host", "content-length",
            "connection", "expect", "upgrade");
    private static final String FROM = "an address, e.g. cs@example.com or \"Customer Success <cs@example.com>\"";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private ChannelsSection() {
    }

    static Map<String, Channel> read(ConfigNode section) {
        Map<String, Channel> channels = new LinkedHashMap<>();
        for (ConfigNode channel : section.entries(null, "a mapping of channel names to their settings")) {
            String name = channel.name();
            if (!name.matches(NAME) || name.equals(TriggersFileChannel.NAME)) {
                throw channel.invalid("'" + name + "' cannot name a channel; accepted: lower-case letters, digits and"
                        + " '-', other than 'file' (the built-in triggers file)");
            }
            Map<String, ConfigNode> settings = new LinkedHashMap<>();
            channel.entries(null, "a mapping with type and its settings").forEach(node -> settings.put(node.name(), node));
            ConfigNode type = settings.get("type");
            if (type == null) {
                throw channel.missing("type", "webhook, email");
            }
            switch (type.text("webhook or email")) {
                case "webhook" -> channels.put(name, new WebhookChannel(webhook(name, checked(channel, WEBHOOK), settings)));
                case "email" -> channels.put(name, new EmailChannel(email(name, checked(channel, EMAIL), settings)));
                default -> throw type.invalid("'" + type.text("") + "' is not a channel type; accepted: webhook, email");
            }
        }
        return channels;
    }

    private static ConfigNode checked(ConfigNode channel, Set<String> accepted) {
        channel.entries(accepted, "a mapping of channel settings");
        return channel;
    }

    private static WebhookSettings webhook(String name, ConfigNode channel, Map<String, ConfigNode> settings) {
        ConfigNode urlNode = required(channel, settings, "url", "an http or https URL");
        URI url;
        try {
            url = new URI(urlNode.text("an http or https URL"));
        } catch (URISyntaxException e) {
            throw urlNode.invalid("'" + urlNode.written() + "' is not a URL (" + e.getReason()
                    + "); accepted: an http or https URL, with characters such as { } and spaces"
                    + " percent-encoded");
        }
        if (url.getScheme() == null || !Set.of("http", "https").contains(url.getScheme()) || url.getHost() == null) {
            throw urlNode.invalid("'" + urlNode.written() + "' is not an absolute http or https URL; accepted: e.g."
                    + " https://crm.example.com/hooks/healthscore");
        }
        String secret = settings.containsKey("secret") ? settings.get("secret").text("a text, e.g. ${env:CRM_WEBHOOK_SECRET}") : null;
        Map<String, String> headers = new LinkedHashMap<>();
        if (settings.containsKey("headers")) {
            for (ConfigNode header : settings.get("headers").entries(null, "a mapping of header names to values")) {
                String lower = header.name().toLowerCase(Locale.ROOT);
                if (!header.name().matches("[A-Za-z0-9-]{1,100}") || RESERVED_HEADERS.contains(lower)
                        || lower.startsWith("x-healthscore-")) {
                    throw header.invalid("cannot be set; accepted: a header name of letters, digits and '-' other"
                            + " than X-Healthscore-*, Content-Type, User-Agent and what HTTP itself sets (Host,"
                            + " Content-Length, Connection, Expect, Upgrade)");
                }
                String value = header.text("a text, e.g. ${env:CRM_API_KEY}");
                if (value.chars().anyMatch(c -> c < ' ' && c != '\t' || c == 127)) {
                    throw header.invalid("contains a line break or control character; accepted: a one-line text");
                }
                headers.put(header.name(), value);
            }
        }
        String shown = urlNode.written().contains("${env:") ? urlNode.written() : url.toString();
        return new WebhookSettings(name, url, secret, duration(settings, "connect-timeout", CONNECT_TIMEOUT),
                duration(settings, "timeout", TIMEOUT), headers, shown);
    }

    private static SmtpSettings email(String name, ConfigNode channel, Map<String, ConfigNode> settings) {
        String host = required(channel, settings, "host", "the SMTP server, e.g. smtp.example.com").text("a host name");
        int port = settings.containsKey("port") ? settings.get("port").integer(1, 65_535) : 587;
        SmtpSettings.Security security = SmtpSettings.Security.STARTTLS;
        if (settings.containsKey("security")) {
            ConfigNode node = settings.get("security");
            String text = node.text("none, starttls or tls");
            try {
                security = SmtpSettings.Security.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw node.invalid("'" + text + "' is not valid; accepted: none, starttls, tls");
            }
        }
        String username = settings.containsKey("username") ? settings.get("username").text("a text") : null;
        String password = settings.containsKey("password")
                ? settings.get("password").text("a text, e.g. ${env:SMTP_PASSWORD}") : null;
        if (password != null && username == null) {
            throw settings.get("password").invalid("is given without a username; accepted: both username and"
                    + " password, or neither for a server that needs no authentication");
        }
        ConfigNode fromNode = required(channel, settings, "from", FROM);
        String from = fromNode.text(FROM);
        try {
            new InternetAddress(from, true).validate();
        } catch (AddressException e) {
            throw fromNode.invalid("'" + fromNode.written() + "' is not an email address (" + e.getMessage()
                    + "); accepted: " + FROM);
        }
        List<String> trust = settings.containsKey("trust") ? settings.get("trust").texts("host names, or \"*\"")
                : List.of();
        try {
            return new SmtpSettings(name, host, port, security, username, password, from,
                    duration(settings, "connect-timeout", CONNECT_TIMEOUT), duration(settings, "timeout", TIMEOUT), trust);
        } catch (IllegalArgumentException e) {
            throw channel.invalid(e.getMessage());
        }
    }

    private static ConfigNode required(ConfigNode channel, Map<String, ConfigNode> settings, String key, String accepted) {
        ConfigNode node = settings.get(key);
        if (node == null) {
            throw channel.missing(key, accepted);
        }
        return node;
    }

    private static Duration duration(Map<String, ConfigNode> settings, String key, Duration fallback) {
        ConfigNode node = settings.get(key);
        return node == null ? fallback : node.duration(Duration.ofMillis(1));
    }
}
