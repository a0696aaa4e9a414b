package io.healthscore.scenario;

/** A scenario file or entry that was skipped, and why: {@code FILE:LINE: field: problem; accepted: ...}. */
public record InvalidScenario(String file, int line, String reason) {
    @Override
    public String toString() {
        // one line, even when the offending value holds a line break
        return file + ":" + line + ": " + reason.replace("\r", "\\r").replace("\n", "\\n");
    }
}
