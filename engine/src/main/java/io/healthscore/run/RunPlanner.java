package io.healthscore.run;

import io.healthscore.company.CompanyRange;
import io.healthscore.store.CompanyRepository;
import io.healthscore.store.Database;
import io.healthscore.store.RunRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Plans month runs: records the run and splits its companies into shards of about equal size. */
public final class RunPlanner {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final CompanyRepository companies;
    private final RunRepository runs;
    private final Clock clock;
    private final String node;

    public RunPlanner(Database database, Clock clock, String node) {
        this.companies = new CompanyRepository(database);
        this.runs = new RunRepository(database);
        this.clock = clock;
        this.node = node;
    }

    /** A run started by hand: one shard for the whole month, worked by the caller. */
    public String manual(YearMonth month, String rulesHash) {
        return runs.plan(plan(month, RunKind.MANUAL, null, rulesHash, List.of(CompanyRange.ALL)));
    }

    /** A run of the month to date: one shard, worked by the caller, storing provisional scores only. */
    public String provisional(YearMonth month, String rulesHash) {
        return runs.plan(plan(month, RunKind.PROVISIONAL, null, rulesHash, List.of(CompanyRange.ALL)));
    }

    /**
     * The scheduled run of a month, split into up to {@code shards} shards. Planned once per month: when the
     * month has a scheduled run already, its id is returned and nothing new is recorded.
     */
    public String scheduled(YearMonth month, Instant scheduledFor, String rulesHash, int shards) {
        return runs.scheduled(month).orElseGet(() ->
                runs.plan(plan(month, RunKind.SCHEDULED, scheduledFor, rulesHash, companies.split(shards))));
    }

    public List<Integer> unfinishedShards(String runId) {
        return runs.unfinishedShards(runId);
    }

    private RunRepository.Plan plan(YearMonth month, RunKind kind, Instant scheduledFor, String rulesHash,
            List<CompanyRange> shards) {
        Instant now = clock.instant();
        String id = month + "-" + STAMP.format(now) + "-" + UUID.randomUUID().toString().substring(0, 6);
        return new RunRepository.Plan(id, month, kind, scheduledFor, rulesHash, node, now, shards);
    }
}
