package io.healthscore.automation;

import java.util.Objects;

/** A default trigger's built-in message and who it goes to when the automations file does not say. */
public record DefaultMessage(Recipient to, Route.Message message) {
    public DefaultMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(message, "message");
    }
}
