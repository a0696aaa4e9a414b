package io.healthscore.scenario;

import io.healthscore.yaml.YamlException;
import io.healthscore.yaml.YamlList;
import io.healthscore.yaml.YamlReader;
import io.healthscore.yaml.YamlValue;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a scenario file: a YAML list of scenarios. A YAML syntax error skips the file; an invalid entry skips
 * that entry only, and the other entries still run.
 */
public final class ScenarioReader {
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private ScenarioReader() {
    }

    /** Reads {@code file}; {@code name} is how results name it, {@code file} how problems do (a path to open). */
    public static ScenarioFile read(Path file, String name) {
        return read(file, name, null);
    }

    /** Reads {@code file}, whose scenarios are of {@code segment} unless they name one (null: no segment). */
    public static ScenarioFile read(Path file, String name, String segment) {
        String shown = file.toString();
        List<Scenario> scenarios = new ArrayList<>();
        List<InvalidScenario> invalid = new ArrayList<>();
        YamlValue root;
        try {
            root = YamlReader.read(text(file), "a YAML list of scenarios");
        } catch (YamlException e) {
            return new ScenarioFile(name, List.of(), List.of(new InvalidScenario(shown, e.line(), e.getMessage())));
        } catch (ScenarioException e) {
            return new ScenarioFile(name, List.of(), List.of(new InvalidScenario(shown, e.line(), e.getMessage())));
        }
        if (root == null) {
            return new ScenarioFile(name, List.of(), List.of());
        }
        if (!(root instanceof YamlList entries)) {
            String problem = "file: expected a YAML list of scenarios (each entry starting with '- scenario:'), got "
                    + root.describe();
            return new ScenarioFile(name, List.of(), List.of(new InvalidScenario(shown, root.line(), problem)));
        }
        for (YamlValue entry : entries.items()) {
            try {
                scenarios.add(ScenarioEntry.read(entry, name, segment));
            } catch (ScenarioException e) {
                invalid.add(new InvalidScenario(shown, e.line(), e.getMessage()));
            }
        }
        return new ScenarioFile(name, scenarios, invalid);
    }

    private static String text(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // Windows tools start UTF-8 files with a byte order mark
            return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new ScenarioException(1, "file", "is not UTF-8 text; accepted: a YAML file in UTF-8");
        } catch (IOException e) {
            throw new ScenarioException(1, "file", "cannot be read (" + e.getMessage() + "); accepted: a readable YAML file");
        }
    }
}
