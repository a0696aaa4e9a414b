package io.healthscore.run;

import io.healthscore.DaemonThreads;
import io.healthscore.store.ShardRepository;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records, while a shard is worked, that its node is alive: well within {@link RunCounts#STALE_AFTER}. */
final class ShardHeartbeat implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ShardHeartbeat.class);
    private static final long SECONDS = RunCounts.STALE_AFTER.toSeconds() / 6;

    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("healthscore-heartbeat"));

    private ShardHeartbeat() {
    }

    static ShardHeartbeat start(ShardRepository shards, ShardWork work, Clock clock) {
        ShardHeartbeat heartbeat = new ShardHeartbeat();
        heartbeat.beats.scheduleAtFixedRate(() -> beat(shards, work, clock), SECONDS, SECONDS, TimeUnit.SECONDS);
        return heartbeat;
    }

    private static void beat(ShardRepository shards, ShardWork work, Clock clock) {
        try {
            shards.heartbeat(work, clock.instant());
        } catch (RuntimeException e) {
            // a missed heartbeat only risks the shard being taken for dead; the work itself goes on
            LOG.warn("heartbeat of shard {} of run {} failed: {}", work.shard(), work.runId(), e.getMessage());
            LOG.debug("heartbeat of shard {} of run {} failed", work.shard(), work.runId(), e);
        }
    }

    @Override
    public void close() {
        beats.shutdownNow();
    }
}
