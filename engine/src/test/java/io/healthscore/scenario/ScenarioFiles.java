package io.healthscore.scenario;

import io.healthscore.testhelper.InputFile;
import java.nio.file.Path;

/** Writes one scenario file and reads it as {@code rules test} does. */
final class ScenarioFiles {
    private ScenarioFiles() {
    }

    static ScenarioFile read(Path folder, String yaml) {
        return ScenarioReader.read(InputFile.raw(folder, "scenarios.yaml", yaml), "scenarios.yaml");
    }

    static Scenario single(Path folder, String yaml) {
        ScenarioFile file = read(folder, yaml);
        if (!file.invalid().isEmpty() || file.scenarios().size() != 1) {
            throw new AssertionError("expected one valid scenario, got " + file);
        }
        return file.scenarios().get(0);
    }
}
