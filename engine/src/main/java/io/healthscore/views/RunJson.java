package io.healthscore.views;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.assessment.Band;
import io.healthscore.json.Json;
import io.healthscore.run.RunRecord;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/** One run record as one line of JSON, for {@code runs --json}; {@code bands} counts every band, in band order. */
@JsonPropertyOrder({"id", "month", "kind", "status", "scheduledFor", "shards", "shardsDone", "startedAt", "finishedAt",
        "node", "companies", "bands", "triggers", "delivered", "rulesHash", "completedBy", "error"})
public record RunJson(String id, YearMonth month, String kind, String status, Instant scheduledFor, int shards, int shardsDone,
        Instant startedAt, Instant finishedAt, String node, long companies, Map<String, Long> bands, long triggers,
        long delivered, String rulesHash, String completedBy, String error) {

    public static String line(RunRecord run) {
        return Json.line(view(run));
    }

    public static RunJson view(RunRecord run) {
        Map<String, Long> bands = new LinkedHashMap<>();
        for (Band band : Band.values()) {
            bands.put(band.name(), run.counts().band(band));
        }
        return new RunJson(run.id(), run.month(), run.kind().label(), run.status().label(),
                run.scheduledFor(), run.shards(), run.shardsDone(), run.startedAt(), run.finishedAt(), run.node(),
                run.counts().companies(), bands, run.counts().triggers(), run.counts().delivered(), run.rulesHash(),
                run.completedBy(), run.error());
    }
}
