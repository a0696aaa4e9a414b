package io.healthscore.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyRange;
import io.healthscore.run.RunCounts;
import io.healthscore.run.RunKind;
import io.healthscore.run.RunRecord;
import io.healthscore.run.RunStatus;
import io.healthscore.run.ShardWork;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Run records and shard ranges behave the same on every store. */
abstract class RunRecordsContract extends StoreContract {
    static final List<String> MIXED_IDS = List.of("a_b", "a-b", "a.b", "A1", "ab", "aB", "Ab", "b", "B-2", "z9", "Z_0", "0");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    RunRecordsContract(TestStore kind) {
        super(kind);
    }

    @Test
    void should_cover_every_company_exactly_once_when_the_companies_are_split_into_shards() {
        knownCompanies(MIXED_IDS.toArray(String[]::new));

        for (int parts : List.of(1, 3, 5, 12, 20)) {
            List<CompanyRange> ranges = new CompanyRepository(database).split(parts);
            List<String> covered = new ArrayList<>();
            for (CompanyRange range : ranges) {
                new MonthInputReader(database).read(OCTOBER, range, input -> covered.add(input.company().value()));
            }

            assertThat(ranges).as("%d parts", parts).hasSizeLessThanOrEqualTo(parts);
            assertThat(covered).as("%d parts", parts).containsExactlyInAnyOrderElementsOf(MIXED_IDS);
            MIXED_IDS.forEach(id -> assertThat(ranges.stream().filter(range -> range.contains(id))).hasSize(1));
        }
    }

    @Test
    void should_record_one_scheduled_run_per_month_when_it_is_planned_twice() {
        knownCompanies("acme", "globex");
        RunRepository runs = new RunRepository(database);

        String first = runs.plan(plan("first", RunKind.SCHEDULED, 2));
        String second = runs.plan(plan("second", RunKind.SCHEDULED, 2));
        String manual = runs.plan(plan("manual", RunKind.MANUAL, 1));

        assertThat(second).isEqualTo(first).isEqualTo("first");
        assertThat(manual).isEqualTo("manual");
        assertThat(new RunHistoryRepository(database).list(OCTOBER, 10, NOW)).hasSize(2);
    }

    @Test
    void should_finish_the_run_with_the_sums_of_its_shards_when_the_last_shard_is_done() {
        new RunRepository(database).plan(plan("run", RunKind.SCHEDULED, 2));
        ShardRepository runs = new ShardRepository(database);
        ShardWork zero = runs.claim("run", 0, "node-a", NOW).orElseThrow();
        ShardWork one = runs.claim("run", 1, "node-b", NOW).orElseThrow();

        assertThat(runs.finish(one, new RunCounts(3, Map.of(Band.HEALTHY, 2L, Band.AT_RISK, 1L), 5, 5), NOW)).isFalse();
        assertThat(runs.claim("run", 1, "node-c", NOW)).as("a done shard is not claimed again").isEmpty();
        assertThat(runs.finish(zero, new RunCounts(2, Map.of(Band.HEALTHY, 1L, Band.NONE, 1L), 4, 3), NOW.plusSeconds(5)))
                .isTrue();

        RunRecord run = new RunHistoryRepository(database).list(null, 10, NOW.plusSeconds(600)).get(0);
        assertThat(run.status()).isEqualTo(RunStatus.DONE);
        assertThat(run.shardsDone()).isEqualTo(2);
        assertThat(run.counts().companies()).isEqualTo(5);
        assertThat(run.counts().band(Band.HEALTHY)).isEqualTo(3);
        assertThat(run.counts().band(Band.AT_RISK)).isEqualTo(1);
        assertThat(run.counts().band(Band.NONE)).isEqualTo(1);
        assertThat(run.counts().triggers()).isEqualTo(9);
        assertThat(run.counts().delivered()).isEqualTo(8);
        assertThat(run.finishedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void should_claim_a_shard_again_with_another_attempt_when_its_node_died() {
        new RunRepository(database).plan(plan("run", RunKind.SCHEDULED, 1));
        ShardRepository runs = new ShardRepository(database);
        runs.claim("run", 0, "dead-node", NOW).orElseThrow();

        ShardWork again = runs.claim("run", 0, "live-node", NOW.plusSeconds(90)).orElseThrow();

        assertThat(again.attempt()).isEqualTo(2);
        assertThat(rows("SELECT node FROM run_shards WHERE run_id = 'run'")).containsExactly(List.of("live-node"));
    }

    private static RunRepository.Plan plan(String id, RunKind kind, int shards) {
        List<CompanyRange> ranges = shards == 1 ? List.of(CompanyRange.ALL)
                : List.of(new CompanyRange(null, "b"), new CompanyRange("b", null));
        return new RunRepository.Plan(id, OCTOBER, kind, kind == RunKind.SCHEDULED ? NOW : null, "f".repeat(64),
                "node", NOW, IntStream.range(0, shards).mapToObj(ranges::get).toList());
    }
}
