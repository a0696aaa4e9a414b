package io.healthscore.serve;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.json.Json;
import java.time.Instant;

/** What {@code /health} reports: up when the scheduler runs and the store answers. */
record Health(boolean schedulerRunning, boolean storeAnswers, String node, String rulesHash, Instant nextRun) {

    boolean up() {
        return schedulerRunning && storeAnswers;
    }

    String json() {
        return Json.line(new Body(up() ? "UP" : "DOWN", schedulerRunning ? "running" : "stopped",
                storeAnswers ? "ok" : "unreachable", node, rulesHash, nextRun));
    }

    @JsonPropertyOrder({"status", "scheduler", "store", "node", "rules", "nextRun"})
    private record Body(String status, String scheduler, String store, String node, String rules, Instant nextRun) {
    }
}
