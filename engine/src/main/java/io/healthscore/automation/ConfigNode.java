package io.healthscore.automation;

import io.healthscore.config.ConfigException;
import io.healthscore.config.Durations;
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
 * A value of the automations file with its key path ({@code triggers.outreach-email.channel}), its own key
 * ({@code channel}) and the line of that key, for typed reading:
 * every problem is one {@code FILE:LINE: KEY: problem; accepted: ...} line. {@code ${env:NAME}} in a text is
 * replaced by that environment variable, so secrets stay out of the file (and out of error messages).
 */
record ConfigNode(String file, String key, String name, int line, YamlValue value, Map<String, String> environment) {
    private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

    /** The root of {@code file}. */
    static ConfigNode root(String file, YamlValue value, Map<String, String> environment) {
        return new ConfigNode(file, "", "", value.line(), value, environment);
    }

    ConfigException invalid(String problem) {
        return new ConfigException(file + ":" + line + ": " + (key.isEmpty() ? "" : key + ": ") + problem);
    }

    /** The error of a required setting {@code name} that this mapping lacks, at the line of this node's key. */
    ConfigException missing(String name, String accepted) {
        return new ConfigException(file + ":" + line + ": " + (key.isEmpty() ? name : key + "." + name)
                + ": missing; accepted: " + accepted);
    }

    ConfigNode child(String name, int line, YamlValue child) {
        return new ConfigNode(file, key.isEmpty() ? name : key + "." + name, name, line, child, environment);
    }

    /** Whether the value is null: the key is given with nothing after it (e.g. a section whose entries are all commented out). */
    boolean isNull() {
        return value instanceof YamlScalar scalar && scalar.isNull();
    }

    /** The entries of a mapping after checking that every key is one of {@code accepted}. */
    List<ConfigNode> entries(Set<String> accepted, String what) {
        if (!(value instanceof YamlMap map)) {
            throw invalid("expected " + what + ", got " + value.describe());
        }
        List<ConfigNode> children = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (YamlMap.Entry entry : map.entries()) {
            ConfigNode child = child(entry.key(), entry.line(), entry.value());
            if (!seen.add(entry.key())) {
                throw child.invalid("appears twice; accepted: each key once");
            }
            if (accepted != null && !accepted.contains(entry.key())) {
                throw child.invalid("unknown key; accepted: " + String.join(", ", new TreeSet<>(accepted)));
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

    /** The text exactly as written, {@code ${env:NAME}} left alone: for templates, which must not reveal the environment. */
    String literal(String accepted) {
        if (!(value instanceof YamlScalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
            throw invalid("expected " + accepted + ", got " + value.describe());
        }
        return scalar.text();
    }

    /**
     * The text as the file writes it, for an error message: with its {@code ${env:NAME}} references, not their
     * values, which may be secrets.
     */
    String written() {
        return value instanceof YamlScalar scalar && scalar.text() != null ? scalar.text() : value.describe();
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
                texts.add(new ConfigNode(file, key, name, item.line(), item, environment).text(accepted));
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
        String accepted = "a number with a unit: ms, s, m or h (e.g. 500ms, 10s, 5m)"
                + (min.isZero() ? "" : ", at least " + Durations.text(min));
        String text = text(accepted);
        Duration duration = Durations.parse(text)
                .orElseThrow(() -> invalid("'" + text + "' is not valid; accepted: " + accepted));
        if (duration.compareTo(min) < 0) {
            throw invalid("'" + text + "' is too short; accepted: " + accepted);
        }
        return duration;
    }

    private String substitute(String text) {
        Matcher matcher = ENV.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String variable = environment.get(matcher.group(1));
            if (variable == null || variable.isEmpty()) {
                throw invalid("environment variable " + matcher.group(1) + " is " + (variable == null ? "not set"
                        : "empty") + "; accepted: set it for healthscore's process, or write the value here");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(variable));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
