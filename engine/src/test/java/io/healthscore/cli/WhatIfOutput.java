package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import java.util.Map;
import java.util.TreeMap;

/** Reading what {@code what-if --json} printed. */
final class WhatIfOutput {
    private WhatIfOutput() {
    }

    /** The one JSON object of a run that must have succeeded. */
    static JsonNode json(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return CliStore.parse(run.out());
    }

    /** One side's trigger counts ("inForce" or "candidate"), leaving out the triggers only the other side fires. */
    static Map<String, Long> counts(JsonNode report, String side) {
        Map<String, Long> counts = new TreeMap<>();
        report.get("triggers").fields().forEachRemaining(trigger -> {
            long count = trigger.getValue().get(side).asLong();
            if (count > 0) {
                counts.put(trigger.getKey(), count);
            }
        });
        return counts;
    }
}
