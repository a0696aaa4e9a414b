package io.healthscore.yaml;

import java.util.List;

/** A YAML mapping with text keys, in file order; each entry keeps the line of its key. A key may repeat (a mistake the reader reports). */
public record YamlMap(int line, List<Entry> entries) implements YamlValue {
    public record Entry(String key, int line, YamlValue value) {
    }

    public YamlMap {
        entries = List.copyOf(entries);
    }

    /** The value of {@code key}, or null when the key is absent. */
    public YamlValue get(String key) {
        Entry entry = entry(key);
        return entry == null ? null : entry.value();
    }

    public boolean has(String key) {
        return entry(key) != null;
    }

    /** The line of {@code key}, or of the mapping itself when the key is absent. */
    public int lineOf(String key) {
        Entry entry = entry(key);
        return entry == null ? line : entry.line();
    }

    private Entry entry(String key) {
        return entries.stream().filter(entry -> entry.key().equals(key)).findFirst().orElse(null);
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
