package io.healthscore.run;

import io.healthscore.assessment.Band;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What a run or one of its shards did: companies scored per band, triggers emitted and delivered. */
public record RunCounts(long companies, Map<Band, Long> bands, long triggers, long delivered) {
    /** How long a running shard may go without a heartbeat before its node is taken for dead. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(60);
    public static final RunCounts ZERO = new RunCounts(0, Map.of(), 0, 0);

    public RunCounts {
        Map<Band, Long> copy = new EnumMap<>(Band.class);
        copy.putAll(bands);
        bands = Collections.unmodifiableMap(copy);
    }

    public long band(Band band) {
        return bands.getOrDefault(band, 0L);
    }
}
