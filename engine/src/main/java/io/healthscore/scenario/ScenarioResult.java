package io.healthscore.scenario;

import java.util.List;

/**
 * How one scenario went: passed, or failed with the fields that differ, or with the rules' failure (then
 * {@code failure} holds its message and nothing was compared).
 */
public record ScenarioResult(Scenario scenario, List<Mismatch> mismatches, String failure) {
    public ScenarioResult {
        mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
        return failure == null && mismatches.isEmpty();
    }

    /** Why it failed, one line each; empty when it passed. */
    public List<String> reasons() {
        if (failure != null) {
            return List.of("the rules failed: " + failure);
        }
        return mismatches.stream().map(Mismatch::toString).toList();
    }
}
