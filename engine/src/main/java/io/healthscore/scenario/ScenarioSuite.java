package io.healthscore.scenario;

import io.healthscore.HealthscoreException;
import io.healthscore.rules.RuleSet;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Runs every scenario file of a folder against one rule set, reporting each result and each skipped entry as it goes. */
public final class ScenarioSuite {
    private ScenarioSuite() {
    }

    /** Fails when the folder holds no scenario file, or its files no scenario at all. */
    public static SuiteSummary run(Path folder, RuleSet rules, Consumer<ScenarioResult> results,
            Consumer<InvalidScenario> skipped) {
        List<Path> files = ScenarioFolder.files(folder);
        ScenarioRunner runner = new ScenarioRunner(rules);
        int passed = 0;
        int failed = 0;
        int invalid = 0;
        for (Path file : files) {
            ScenarioFile scenarios = ScenarioReader.read(file, folder.relativize(file).toString());
            scenarios.invalid().forEach(skipped);
            invalid += scenarios.invalid().size();
            for (Scenario scenario : scenarios.scenarios()) {
                ScenarioResult result = runner.run(scenario);
                results.accept(result);
                if (result.passed()) {
                    passed++;
                } else {
                    failed++;
                }
            }
        }
        if (passed + failed + invalid == 0) {
            throw new HealthscoreException("no scenario in the " + files.size() + (files.size() == 1 ? " file" : " files")
                    + " of " + folder + "; accepted: a YAML list of scenarios, each starting with '- scenario: NAME'");
        }
        return new SuiteSummary(files.size(), passed, failed, invalid);
    }
}
