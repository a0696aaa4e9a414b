package io.healthscore.automation;

/**
 * A message template from the automations file (or a built-in default), compiled at start so that a bad
 * template stops start-up, not a delivery. Placeholders are documented in the README.
 */
public final class MessageTemplate {
    private final String source;

    private MessageTemplate(String source) {
        this.source = source;
    }

    /**
     * Compiles {@code source}; {@code html} escapes every value for HTML. Throws IllegalArgumentException
     * naming the problem (syntax, an unknown placeholder) and what is accepted.
     */
    public static MessageTemplate compile(String source, boolean html) {
        // TODO(email helper): jmustache
        return new MessageTemplate(source);
    }

    public String render(TriggerEvent event) {
        return source;
    }

    public String source() {
        return source;
    }
}
