package io.healthscore.scenario;

import java.util.List;

/** The scenarios of one file, by its name in the scenario folder, and the entries that had to be skipped. */
public record ScenarioFile(String name, List<Scenario> scenarios, List<InvalidScenario> invalid) {
    public ScenarioFile {
        scenarios = List.copyOf(scenarios);
        invalid = List.copyOf(invalid);
    }
}
