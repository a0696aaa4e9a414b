package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads elements out of the report's HTML (as written, or as Chromium serialised it) for assertions. */
final class HtmlTags {
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");

    private HtmlTags() {
    }

    /** The text of the element {@code <tag id="id" ...>...</tag>}; fails when it is missing. */
    static String element(String html, String tag, String id) {
        int start = html.indexOf("<" + tag + " id=\"" + id + "\"");
        assertThat(start).as("<%s id=\"%s\"> in the page", tag, id).isNotNegative();
        int end = html.indexOf("</" + tag + ">", start);
        assertThat(end).as("</%s> closing #%s", tag, id).isPositive();
        return html.substring(start, end + tag.length() + 3);
    }

    /** The attributes of every {@code <tag ...>} in {@code html}, in document order. */
    static List<Map<String, String>> all(String html, String tag) {
        List<Map<String, String>> elements = new ArrayList<>();
        Matcher element = Pattern.compile("<" + tag + "\\b([^>]*)>").matcher(html);
        while (element.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(element.group(1));
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2));
            }
            elements.add(attributes);
        }
        return elements;
    }

    static int count(String html, String text) {
        int count = 0;
        for (int at = html.indexOf(text); at >= 0; at = html.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }
}
