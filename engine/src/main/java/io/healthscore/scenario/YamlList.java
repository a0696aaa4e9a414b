package io.healthscore.scenario;

import java.util.List;

/** A YAML sequence. */
record YamlList(int line, List<YamlValue> items) implements YamlValue {
    YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
