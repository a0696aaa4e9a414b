package io.healthscore.run;

import java.time.Instant;
import java.time.YearMonth;

/**
 * One month run as recorded: who started it, on which rules, how far its shards got and what they did.
 * {@code completedBy} names a later run of the same month that finished what this one left undone.
 */
public record RunRecord(String id, YearMonth month, RunKind kind, Instant scheduledFor, int shards, int shardsDone,
        RunStatus status, String rulesHash, String node, Instant startedAt, Instant finishedAt, RunCounts counts,
        String completedBy, String error) {
}
