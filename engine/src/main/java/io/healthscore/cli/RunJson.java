package io.healthscore.cli;

import io.healthscore.assessment.Band;
import io.healthscore.run.RunRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/** One run record as one line of JSON, for {@code runs --json}. */
final class RunJson {
    private RunJson() {
    }

    static String line(RunRecord run) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", run.id());
        fields.put("month", run.month().toString());
        fields.put("kind", run.kind().label());
        fields.put("status", run.status().label());
        fields.put("scheduledFor", JsonLine.text(run.scheduledFor()));
        fields.put("shards", run.shards());
        fields.put("shardsDone", run.shardsDone());
        fields.put("startedAt", JsonLine.text(run.startedAt()));
        fields.put("finishedAt", JsonLine.text(run.finishedAt()));
        fields.put("node", run.node());
        fields.put("companies", run.counts().companies());
        Map<String, Long> bands = new LinkedHashMap<>();
        for (Band band : Band.values()) {
            bands.put(band.name(), run.counts().band(band));
        }
        fields.put("bands", bands);
        fields.put("triggers", run.counts().triggers());
        fields.put("delivered", run.counts().delivered());
        fields.put("rulesHash", run.rulesHash());
        fields.put("completedBy", run.completedBy());
        fields.put("error", run.error());
        return JsonLine.of(fields);
    }
}
