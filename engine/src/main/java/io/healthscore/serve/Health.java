package io.healthscore.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code /health} reports: up when the scheduler runs and the store answers. */
record Health(boolean schedulerRunning, boolean storeAnswers, String node, String rulesHash, Instant nextRun) {
    private static final ObjectMapper JSON = new ObjectMapper();

    boolean up() {
        return schedulerRunning && storeAnswers;
    }

    String json() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", up() ? "UP" : "DOWN");
        fields.put("scheduler", schedulerRunning ? "running" : "stopped");
        fields.put("store", storeAnswers ? "ok" : "unreachable");
        fields.put("node", node);
        fields.put("rules", rulesHash);
        fields.put("nextRun", nextRun == null ? null : nextRun.toString());
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
