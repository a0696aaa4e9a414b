package io.healthscore.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts of a scenario run: files read, scenarios passed and failed, invalid files or entries skipped, and how
 * many scenarios each set of the rules scored ({@code bySet}: "base", then each segment id, every set listed).
 */
public record SuiteSummary(int files, int passed, int failed, int invalid, Map<String, Integer> bySet) {
    public SuiteSummary {
        bySet = Collections.unmodifiableMap(new LinkedHashMap<>(bySet));
    }

    public int scenarios() {
        return passed + failed;
    }
}
