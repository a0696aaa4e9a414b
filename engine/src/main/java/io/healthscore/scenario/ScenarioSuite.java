package io.healthscore.scenario;

import io.healthscore.HealthscoreException;
import io.healthscore.rules.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the scenario files of a folder, then those of each segment folder of the rules folder
 * ({@code segments/ID/scenarios/}, whose scenarios are of segment ID unless they name one), against one rule set,
 * reporting each result and each skipped entry as it goes.
 */
public final class ScenarioSuite {
    private ScenarioSuite() {
    }

    /** Fails when {@code folder} holds no scenario file, or all the files no scenario at all. */
    public static SuiteSummary run(Path folder, Path rulesFolder, RuleSet rules, Consumer<ScenarioResult> results,
            Consumer<InvalidScenario> skipped) {
        List<Source> sources = new ArrayList<>();
        for (Path file : ScenarioFolder.files(folder)) {
            sources.add(new Source(file, folder.relativize(file).toString(), null));
        }
        int baseFiles = sources.size();
        ScenarioFolder.ofSegments(rulesFolder).forEach((segment, scenarios) -> {
            for (Path file : ScenarioFolder.filesIfAny(scenarios)) {
                sources.add(new Source(file, rulesFolder.relativize(file).toString().replace('\\', '/'), segment));
            }
        });
        ScenarioRunner runner = new ScenarioRunner(rules);
        Map<String, Integer> bySet = new LinkedHashMap<>();
        rules.sets().forEach(set -> bySet.put(set.name(), 0));
        int passed = 0;
        int failed = 0;
        int invalid = 0;
        for (Source source : sources) {
            ScenarioFile scenarios = ScenarioReader.read(source.file(), source.name(), source.segment());
            scenarios.invalid().forEach(skipped);
            invalid += scenarios.invalid().size();
            for (Scenario scenario : scenarios.scenarios()) {
                ScenarioResult result = runner.run(scenario);
                results.accept(result);
                bySet.merge(rules.forSegment(scenario.input().segment()).name(), 1, Integer::sum);
                if (result.passed()) {
                    passed++;
                } else {
                    failed++;
                }
            }
        }
        if (passed + failed + invalid == 0) {
            String where = sources.size() == baseFiles ? "" : " and of the segments' scenarios folders";
            throw new HealthscoreException("no scenario in the " + sources.size() + (sources.size() == 1 ? " file" : " files")
                    + " of " + folder + where + "; accepted: a YAML list of scenarios, each starting with '- scenario: NAME'");
        }
        return new SuiteSummary(sources.size(), passed, failed, invalid, bySet);
    }

    /** A scenario file, the name results show it by, and the segment of its scenarios that name none. */
    private record Source(Path file, String name, String segment) {
    }
}
