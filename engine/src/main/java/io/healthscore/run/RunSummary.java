package io.healthscore.run;

import io.healthscore.assessment.Band;
import io.healthscore.automation.DeliveryCounts;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one month run did: companies per band, triggers emitted per name, triggers a cooldown held back per name
 * ({@code suppressed}), how many scores the rules marked low-confidence, and what came of their delivery.
 */
public record RunSummary(String runId, YearMonth month, long companies, Map<Band, Long> bands,
        Map<String, Long> triggers, DeliveryCounts delivery, Duration duration, String rulesHash,
        Map<String, Long> suppressed, long lowConfidence) {

    public RunSummary(String runId, YearMonth month, long companies, Map<Band, Long> bands, Map<String, Long> triggers,
            DeliveryCounts delivery, Duration duration, String rulesHash) {
        this(runId, month, companies, bands, triggers, delivery, duration, rulesHash, Map.of(), 0);
    }

    public RunSummary {
        // EnumMap's copy constructor refuses an empty map unless it is an EnumMap itself
        Map<Band, Long> copy = new EnumMap<>(Band.class);
        copy.putAll(bands);
        bands = Collections.unmodifiableMap(copy);
        triggers = Collections.unmodifiableMap(new TreeMap<>(triggers));
        suppressed = Collections.unmodifiableMap(new TreeMap<>(suppressed));
    }

    public RunSummary withDelivered(DeliveryCounts counts) {
        return new RunSummary(runId, month, companies, bands, triggers, counts, duration, rulesHash, suppressed,
                lowConfidence);
    }

    /** Triggers sent by this run (including ones earlier runs left pending). */
    public int delivered() {
        return delivery.sent();
    }

    public long triggersSuppressed() {
        return suppressed.values().stream().mapToLong(Long::longValue).sum();
    }

    public long triggersEmitted() {
        return triggers.values().stream().mapToLong(Long::longValue).sum();
    }
}
