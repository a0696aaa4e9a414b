package io.healthscore.automation;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code triggers} section: per trigger name, {@code off}, or its channel, whether it is enabled, and for
 * email who it goes to and its subject, text and HTML templates (defaults: the built-in message of a default
 * trigger). A webhook or file route may have a {@code text}, sent as the event's {@code message}.
 */
final class TriggersSection {
    private static final Set<String> KEYS = Set.of("channel", "enabled", "to", "subject", "text", "html");
    private static final String TO = "owner, contact, an email address or a list of them";

    private TriggersSection() {
    }

    static Map<String, Route> read(ConfigNode section, Map<String, Channel> channels, Set<String> names) {
        Map<String, Route> routes = new LinkedHashMap<>();
        for (ConfigNode node : section.entries(null, "a mapping of trigger names to their routes")) {
            if (!names.contains(node.name())) {
                throw node.invalid("is not a trigger the rules emit; accepted: " + String.join(", ", names));
            }
            routes.put(node.name(), route(node, channels));
        }
        return routes;
    }

    private static Route route(ConfigNode node, Map<String, Channel> channels) {
        String trigger = node.name();
        if (node.isBoolean() || node.isText()) {
            String text = node.isText() ? node.text("off") : "";
            if (node.isText() && !text.equals("off") && !text.equals("on")) {
                throw node.invalid("'" + text + "' is not valid; accepted: off, on, or a mapping with channel, enabled, to, subject, text, html");
            }
            boolean enabled = node.isText() ? text.equals("on") : node.bool();
            return new Route(trigger, TriggersFileChannel.NAME, enabled, Recipient.OWNER, Route.Message.NONE);
        }
        Map<String, ConfigNode> settings = new LinkedHashMap<>();
        node.entries(KEYS, "off, or a mapping of route settings").forEach(child -> settings.put(child.name(), child));
        String channel = settings.containsKey("channel") ? settings.get("channel").text("a channel name") : TriggersFileChannel.NAME;
        if (!channels.containsKey(channel)) {
            throw settings.get("channel").invalid("'" + channel + "' is not a channel; accepted: "
                    + String.join(", ", new TreeSet<>(channels.keySet())) + " (define it under channels)");
        }
        boolean enabled = !settings.containsKey("enabled") || settings.get("enabled").bool();
        if (!(channels.get(channel) instanceof EmailChannel)) {
            for (String emailOnly : List.of("to", "subject", "html")) {
                if (settings.containsKey(emailOnly)) {
                    throw settings.get(emailOnly).invalid("only an email route has " + emailOnly + ", and channel "
                            + channel + (channel.equals(TriggersFileChannel.NAME) ? " is the triggers file" : " is a webhook")
                            + "; accepted: channel, enabled and text (sent as the event's message)");
                }
            }
            MessageTemplate text = template(settings.get("text"), false);
            return new Route(trigger, channel, enabled, Recipient.OWNER, new Route.Message(null, text, null));
        }
        Optional<DefaultMessage> fallback = DefaultMessages.of(trigger);
        Route.Message defaults = fallback.map(DefaultMessage::message).orElse(DefaultMessages.generic());
        Recipient to = settings.containsKey("to") ? recipient(settings.get("to"))
                : fallback.map(DefaultMessage::to).orElseThrow(() -> node.missing("to", TO + " (" + trigger
                        + " has no built-in message, so no default recipient)"));
        Route.Message message = new Route.Message(
                or(template(settings.get("subject"), false), defaults.subject()),
                or(template(settings.get("text"), false), defaults.text()),
                or(template(settings.get("html"), true), defaults.html()));
        return new Route(trigger, channel, enabled, to, message);
    }

    private static Recipient recipient(ConfigNode node) {
        List<String> texts = node.texts(TO);
        if (texts.size() == 1 && texts.get(0).equals("owner")) {
            return Recipient.OWNER;
        }
        if (texts.size() == 1 && texts.get(0).equals("contact")) {
            return Recipient.CONTACT;
        }
        for (String address : texts) {
            try {
                new InternetAddress(address, true).validate();
            } catch (AddressException e) {
                throw node.invalid("'" + address + "' is not an email address (" + e.getMessage() + "); accepted: " + TO);
            }
        }
        return Recipient.addresses(texts);
    }

    private static MessageTemplate template(ConfigNode node, boolean html) {
        if (node == null) {
            return null;
        }
        try {
            return MessageTemplate.compile(node.literal("a template text"), html);
        } catch (IllegalArgumentException e) {
            throw node.invalid(e.getMessage());
        }
    }

    private static MessageTemplate or(MessageTemplate given, MessageTemplate fallback) {
        return given != null ? given : fallback;
    }
}
