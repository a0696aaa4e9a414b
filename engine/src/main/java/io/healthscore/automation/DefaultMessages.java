package io.healthscore.automation;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The built-in messages of the default triggers, kept as templates under {@code automation/messages/}:
 * customer-facing ones go to the company's contact and show no score; internal ones go to its CSM owner with
 * the score, band and drivers. Also the generic message of a trigger that has neither its own nor a default.
 */
public final class DefaultMessages {
    private static final String FOLDER = "/automation/messages/";
    /** Who each default trigger's message is for, in contract order: entering At Risk first. */
    private static final List<Map.Entry<String, Recipient>> RECIPIENTS = List.of(
            Map.entry("outreach-email", Recipient.CONTACT),
            Map.entry("follow-up-task", Recipient.OWNER),
            Map.entry("support-resources-email", Recipient.CONTACT),
            Map.entry("engagement-email", Recipient.CONTACT),
            Map.entry("upsell-opportunity", Recipient.OWNER),
            Map.entry("loyalty-offer", Recipient.CONTACT),
            Map.entry("case-study-request", Recipient.CONTACT),
            Map.entry("referral-request", Recipient.CONTACT),
            Map.entry("internal-notification", Recipient.OWNER),
            Map.entry("score-drop-alert", Recipient.OWNER));
    private static final Map<String, DefaultMessage> DEFAULTS = load();
    private static final Route.Message GENERIC = message("generic");

    private DefaultMessages() {
    }

    /** The default trigger's message and recipient; empty for a trigger name the default rules do not emit. */
    public static Optional<DefaultMessage> of(String trigger) {
        return Optional.ofNullable(DEFAULTS.get(trigger));
    }

    /** The names of the default triggers, in contract order. */
    public static Set<String> names() {
        return DEFAULTS.keySet();
    }

    /** The message of a custom trigger that configures none: "[healthscore] trigger: company is band". */
    public static Route.Message generic() {
        return GENERIC;
    }

    private static Map<String, DefaultMessage> load() {
        Map<String, DefaultMessage> defaults = new LinkedHashMap<>();
        for (Map.Entry<String, Recipient> entry : RECIPIENTS) {
            defaults.put(entry.getKey(), new DefaultMessage(entry.getValue(), message(entry.getKey())));
        }
        return Collections.unmodifiableMap(defaults);
    }

    private static Route.Message message(String name) {
        return new Route.Message(template(name + ".subject.txt", source -> MessageTemplate.compile(source, false)),
                template(name + ".txt", source -> MessageTemplate.compile(source, false)),
                template(name + ".html", source -> MessageTemplate.compileBuiltIn(source,
                        partial -> new StringReader(read(FOLDER + partial + ".html")))));
    }

    /** Compiles a built-in template; an HTML one is a body that fills the blocks of {@code layout.html}. */
    private static MessageTemplate template(String file, Function<String, MessageTemplate> compile) {
        String path = FOLDER + file;
        try {
            return compile.apply(read(path));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("built-in message template " + path + ": " + e.getMessage(), e);
        }
    }

    private static String read(String path) {
        try (InputStream in = DefaultMessages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("built-in message template " + path + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in message template " + path, e);
        }
    }
}
