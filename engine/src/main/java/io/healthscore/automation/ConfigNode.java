package io.healthscore.automation;

import io.healthscore.config.ConfigException;
import io.healthscore.yaml.YamlList;
import io.healthscore.yaml.YamlMap;
import io.healthscore.yaml.YamlScalar;
import io.healthscore.yaml.YamlValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value of the automations file with its key path ({@code triggers.outreach-email.channel}) and its own key
 * ({@code channel}), for typed reading:
 * every problem is one {@code FILE:LINE: KEY: problem; accepted: ...} line. {@code ${env:NAME}} in a text is
 * replaced by that environment variable, so secrets stay out of the file.
 */
record ConfigNode(String file, String key, String name, YamlValue value, Map<String, String> environment) {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");
    private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

    ConfigException invalid(String problem) {
        return new ConfigException(file + ":" + value.line() + ": " + key + ": " + problem);
    }

    ConfigNode child(String name, YamlValue child) {
        return new ConfigNode(file, key.isEmpty() ? name : key + "." + name, name, child, environment);
    }

    /** The entries of a mapping after checking that every key is one of {@code accepted}. */
    List<ConfigNode> entries(Set<String> accepted, String what) {
        if (!(value instanceof YamlMap map)) {
            throw invalid("expected " + what + ", got " + value.describe());
        }
        List<ConfigNode> children = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (YamlMap.Entry entry : map.entries()) {
            ConfigNode child = child(entry.key(), entry.value());
            if (!seen.add(entry.key())) {
                throw child.invalid("appears twice; accepted: each key once");
            }
            if (accepted != null && !accepted.contains(entry.key())) {
                throw new ConfigException(file + ":" + entry.line() + ": " + child.key + ": unknown key; accepted: "
                        + String.join(", ", new TreeSet<>(accepted)));
            }
            children.add(child);
        }
        return children;
    }

    String text(String accepted) {
        if (!(value instanceof YamlScalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
            throw invalid("expected " + accepted + ", got " + value.describe());
        }
        return substitute(scalar.text());
    }

    boolean isText() {
        return value instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.STRING;
    }

    boolean isBoolean() {
        return value instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.BOOLEAN;
    }

    List<String> texts(String accepted) {
        if (value instanceof YamlList list) {
            List<String> texts = new ArrayList<>();
            for (YamlValue item : list.items()) {
                texts.add(new ConfigNode(file, key, name, item, environment).text(accepted));
            }
            if (texts.isEmpty()) {
                throw invalid("is an empty list; accepted: " + accepted);
            }
            return texts;
        }
        return List.of(text(accepted));
    }

    boolean bool() {
        if (isBoolean()) {
            return Boolean.parseBoolean(((YamlScalar) value).text()) || "on".equalsIgnoreCase(((YamlScalar) value).text())
                    || "yes".equalsIgnoreCase(((YamlScalar) value).text());
        }
        throw invalid("expected true or false, got " + value.describe());
    }

    int integer(int min, int max) {
        String text = text("a whole number from " + min + " to " + max);
        try {
            int number = Integer.parseInt(text);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with what is accepted
        }
        throw invalid("'" + text + "' is not valid; accepted: a whole number from " + min + " to " + max);
    }

    Duration duration(Duration min) {
        String accepted = "a number with a unit: ms, s, m or h (e.g. 500ms, 10s, 5m), at least " + min.toMillis() + "ms";
        Matcher matcher = DURATION.matcher(text(accepted));
        if (!matcher.matches()) {
            throw invalid("'" + text(accepted) + "' is not valid; accepted: " + accepted);
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        if (duration.compareTo(min) < 0) {
            throw invalid("'" + matcher.group() + "' is too short; accepted: " + accepted);
        }
        return duration;
    }

    private String substitute(String text) {
        Matcher matcher = ENV.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String variable = environment.get(matcher.group(1));
            if (variable == null || variable.isEmpty()) {
                throw invalid("environment variable " + matcher.group(1) + " is not set; accepted: set it, or"
                        + " write the value here");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(variable));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
