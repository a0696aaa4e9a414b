package io.healthscore.rules;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the trigger names written in rule sources, so the automations file can be checked against them. */
final class TriggerNames {
    private static final Pattern NEW_TRIGGER = Pattern.compile("new\\s+(?:[\\w.]+\\.)?Trigger\\s*\\(\\s*\"([^\"\\\\]+)\"");

    private TriggerNames() {
    }

    static Set<String> in(Collection<String> sources) {
        Set<String> names = new TreeSet<>();
        for (String source : sources) {
            Matcher match = NEW_TRIGGER.matcher(CodeText.withoutComments(source));
            while (match.find()) {
                names.add(match.group(1));
            }
        }
        return names;
    }
}
