package io.healthscore.scoring;

import io.healthscore.assessment.Band;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** What one month run did: companies per band and triggers emitted per name. */
public record RunSummary(String runId, YearMonth month, long companies, Map<Band, Long> bands,
        Map<String, Long> triggers, int delivered, Duration duration, String rulesHash) {

    public RunSummary {
        // EnumMap's copy constructor refuses an empty map unless it is an EnumMap itself
        Map<Band, Long> copy = new EnumMap<>(Band.class);
        copy.putAll(bands);
        bands = Collections.unmodifiableMap(copy);
        triggers = Collections.unmodifiableMap(new TreeMap<>(triggers));
    }

    public RunSummary withDelivered(int count) {
        return new RunSummary(runId, month, companies, bands, triggers, count, duration, rulesHash);
    }

    public long triggersEmitted() {
        return triggers.values().stream().mapToLong(Long::longValue).sum();
    }
}
