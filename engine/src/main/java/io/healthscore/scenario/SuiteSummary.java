package io.healthscore.scenario;

/** The counts of a scenario run: files read, scenarios passed and failed, and invalid files or entries skipped. */
public record SuiteSummary(int files, int passed, int failed, int invalid) {
    public int scenarios() {
        return passed + failed;
    }
}
