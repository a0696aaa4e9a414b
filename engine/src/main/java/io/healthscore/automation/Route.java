package io.healthscore.automation;

import java.util.Objects;

/**
 * Where one trigger name goes and with what message, as the automations file configures it. A route that is
 * off keeps its triggers stored but delivers none. {@code to} is used by email only; {@code message} by email
 * (subject, text, HTML) and, when it has a text, by the webhook body's {@code message}.
 */
public record Route(String trigger, String channel, boolean enabled, Recipient to, Message message) {
    public Route {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(message, "message");
    }

    /** The templates of a trigger's message; any of them may be null (not configured). */
    public record Message(MessageTemplate subject, MessageTemplate text, MessageTemplate html) {
        public static final Message NONE = new Message(null, null, null);
    }
}
