package io.healthscore.automation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject and the two bodies of one email. Each comes from the route's message, else the trigger's default
 * message, else the generic one. A route that configures only one body gets the other made from it, so that
 * the plain-text and HTML versions of a mail always say the same thing.
 */
record EmailContent(String subject, String text, String html) {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(head|style|script)\\b.*?</\\1>");
    private static final Pattern NUMERIC = Pattern.compile("&#(?:x([0-9a-fA-F]{1,5})|([0-9]{1,6}));");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|h[1-6]|li|tr|table|ul|ol)>");

    static EmailContent of(TriggerEvent event, Route.Message configured) {
        Route.Message fallback = DefaultMessages.of(event.name()).map(DefaultMessage::message)
                .orElse(DefaultMessages.generic());
        MessageTemplate subject = first(configured.subject(), fallback.subject());
        String subjectLine = subject.render(event).replaceAll("\\s+", " ").strip();
        if (configured.text() == null && configured.html() == null) {
            return new EmailContent(subjectLine, fallback.text().render(event), fallback.html().render(event));
        }
        String text = configured.text() == null ? null : configured.text().render(event);
        String html = configured.html() == null ? null : configured.html().render(event);
        return new EmailContent(subjectLine, text == null ? textOf(html) : text, html == null ? htmlOf(text) : html);
    }

    private static MessageTemplate first(MessageTemplate configured, MessageTemplate fallback) {
        return Optional.ofNullable(configured).orElse(fallback);
    }

    /** A plain HTML document showing {@code text} as written, line breaks kept. */
    static String htmlOf(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"></head>\n"
                + "<body style=\"margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;"
                + "line-height:1.5;color:#1f2933;\">\n<div style=\"white-space:pre-wrap;\">" + escaped
                + "</div>\n</body>\n</html>\n";
    }

    /** The words of an HTML body, one block a line: good enough for a mail client that shows no HTML. */
    static String textOf(String html) {
        String blocks = BREAK.matcher(HIDDEN.matcher(html).replaceAll("")).replaceAll("\n")
                .replaceAll("(?i)</t[dh]>", " ");
        String tagless = TAG.matcher(blocks).replaceAll("").replace("&nbsp;", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"");
        String words = NUMERIC.matcher(tagless).replaceAll(entity -> Matcher.quoteReplacement(Character.toString(
                entity.group(1) != null ? Integer.parseInt(entity.group(1), 16) : Integer.parseInt(entity.group(2)))))
                .replace("&amp;", "&");
        return words.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("")
                .replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }
}
