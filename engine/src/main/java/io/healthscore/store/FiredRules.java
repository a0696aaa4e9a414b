package io.healthscore.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Stores the names of the rules that fired as one text column, one name a line; a rule that fired several times
 * in a row (the weekly rules, once per week) is one line {@code name<TAB>count}.
 */
final class FiredRules {
    private static final int MAX = 8000;

    private FiredRules() {
    }

    static String encode(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.size(); ) {
            String name = names.get(i);
            int run = 1;
            while (i + run < names.size() && names.get(i + run).equals(name) && name.indexOf('\t') < 0) {
                run++;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(name.replace('\n', ' '));
            if (run > 1) {
                text.append('\t').append(run);
            }
            i += run;
        }
        return text.length() <= MAX ? text.toString() : text.substring(0, MAX - 3) + "...";
    }

    static List<String> decode(String text) {
        List<String> names = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return names;
        }
        for (String line : text.split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0 && line.substring(tab + 1).matches("[0-9]+")) {
                String name = line.substring(0, tab);
                for (int count = Integer.parseInt(line.substring(tab + 1)); count > 0; count--) {
                    names.add(name);
                }
            } else {
                names.add(line);
            }
        }
        return names;
    }
}
