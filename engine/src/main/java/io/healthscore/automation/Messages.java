package io.healthscore.automation;

/** Renders the optional parts of a route's message for channels that carry it as one text. */
final class Messages {
    private Messages() {
    }

    /** The route's rendered text template, or null when it has none. */
    static String text(TriggerEvent event, Route route) {
        MessageTemplate text = route == null ? null : route.message().text();
        return text == null ? null : text.render(event);
    }
}
