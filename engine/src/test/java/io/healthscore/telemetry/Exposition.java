package io.healthscore.telemetry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Prometheus text exposition, parsed into its samples: what a scraper would read. */
record Exposition(List<Sample> samples) {
    private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\d+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    record Sample(String name, Map<String, String> labels, double value) {
    }

    Exposition {
        samples = List.copyOf(samples);
    }

    static Exposition parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("not a sample line of the Prometheus text format: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (matcher.group(2) != null) {
                Matcher label = LABEL.matcher(matcher.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
                }
            }
            samples.add(new Sample(matcher.group(1), Map.copyOf(labels), Double.parseDouble(matcher.group(3))));
        }
        return new Exposition(samples);
    }

    /** The samples of metric {@code name}. */
    List<Sample> named(String name) {
        return samples.stream().filter(sample -> sample.name().equals(name)).toList();
    }

    /** The samples of {@code name} as label value of {@code key} to value. */
    Map<String, Double> by(String name, String key) {
        Map<String, Double> values = new LinkedHashMap<>();
        named(name).forEach(sample -> values.put(sample.labels().get(key), sample.value()));
        return values;
    }

    /** The value of the one sample of {@code name} whose labels include {@code labels}; null when there is none. */
    Double value(String name, Map<String, String> labels) {
        List<Sample> matching = named(name).stream()
                .filter(sample -> sample.labels().entrySet().containsAll(labels.entrySet())).toList();
        if (matching.size() > 1) {
            throw new IllegalStateException(matching.size() + " samples of " + name + " match " + labels);
        }
        return matching.isEmpty() ? null : matching.get(0).value();
    }
}
