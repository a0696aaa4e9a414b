package io.healthscore.yaml;

import java.util.List;

/** A YAML sequence. */
public record YamlList(int line, List<YamlValue> items) implements YamlValue {
    public YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
