package io.healthscore.store;

import java.util.List;

/** Stores the names of the rules that fired as one text column, one name a line. */
final class FiredRules {
    private FiredRules() {
    }

    static String encode(List<String> names) {
        String text = String.join("\n", names);
        return text.length() <= 8000 ? text : text.substring(0, 7997) + "...";
    }
}
