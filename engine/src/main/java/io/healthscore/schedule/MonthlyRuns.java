package io.healthscore.schedule;

import io.healthscore.Progress;
import io.healthscore.rules.ActiveRules;
import io.healthscore.rules.Lease;
import io.healthscore.run.ShardWork;
import io.healthscore.run.RunPlanner;
import io.healthscore.run.ShardRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What the scheduled jobs do: a monthly firing plans the run of the month that just ended and hands its shards
 * out; a shard job works one shard on whichever node picked it up.
 */
public final class MonthlyRuns {
    private static final Logger LOG = LoggerFactory.getLogger(MonthlyRuns.class);

    private final RunPlanner planner;
    private final ShardRunner runner;
    private final ActiveRules rules;
    private final ZoneId zone;
    private final int shards;
    private final Clock clock;

    public MonthlyRuns(RunPlanner planner, ShardRunner runner, ActiveRules rules, ZoneId zone, int shards, Clock clock) {
        this.planner = planner;
        this.runner = runner;
        this.rules = rules;
        this.zone = zone;
        this.shards = shards;
        this.clock = clock;
    }

    /** The month a firing scores: the calendar month before the one it was scheduled in, in the schedule's zone. */
    public static YearMonth monthOf(Instant scheduledFor, ZoneId zone) {
        return YearMonth.from(scheduledFor.atZone(zone)).minusMonths(1);
    }

    /**
     * Plans the run for the firing scheduled at {@code scheduledFor} (once per month, whoever fires it and however
     * often) and returns its unfinished shards, for the caller to hand out.
     */
    public Planned plan(Instant scheduledFor) {
        YearMonth month = monthOf(scheduledFor, zone);
        String runId = planner.scheduled(month, scheduledFor, rules.current().hash(), shards);
        List<Integer> unfinished = planner.unfinishedShards(runId);
        MDC.put("run", runId);
        try {
            if (unfinished.isEmpty()) {
                LOG.info("firing of {} for {}: scheduled run {} is done already; nothing to do", scheduledFor, month, runId);
            } else {
                LOG.info("firing of {} for {}: run {} has {} shards to work", scheduledFor, month, runId, unfinished.size());
            }
        } finally {
            MDC.remove("run");
        }
        return new Planned(runId, month, unfinished);
    }

    /** Works one shard on this node, on the rule set its run started with when this node still holds it. */
    public void work(String runId, int shard) {
        MDC.put("run", runId + "/" + shard);
        try {
            Optional<ShardWork> claimed = runner.claim(runId, shard);
            if (claimed.isEmpty()) {
                LOG.info("shard {} of run {} is done already", shard, runId);
                return;
            }
            ShardWork work = claimed.get();
            try (Lease lease = rules.lease(work.rulesHash()).orElseGet(rules::lease)) {
                runner.work(work, lease.rules(), Progress.silent(clock), assessment -> { });
            }
        } finally {
            MDC.remove("run");
        }
    }

    /** A planned scheduled run and the shards it still needs. */
    public record Planned(String runId, YearMonth month, List<Integer> shards) {
        public Planned {
            shards = List.copyOf(shards);
        }
    }
}
