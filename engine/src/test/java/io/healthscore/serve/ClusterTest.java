package io.healthscore.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.store.Database;
import io.healthscore.store.StoreLocation;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.MonthData;
import io.healthscore.testhelper.Postgres;
import io.healthscore.testhelper.PostgresTest;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.Rows;
import io.healthscore.testhelper.ServeNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code serve} nodes, each a JVM of its own, on one PostgreSQL store: the month that just ended is run once,
 * each shard worked once by whichever node claims it, and a node killed mid-shard loses nothing while the schedule
 * fires every second.
 */
@PostgresTest
class ClusterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> FAST = Map.of("HEALTHSCORE_CLUSTER_CHECKIN_INTERVAL", "1s",
            "HEALTHSCORE_SERVE_POLL_INTERVAL", "1s");
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path folder;

    private final List<ServeNode> nodes = new ArrayList<>();
    private final YearMonth month = YearMonth.now(Clock.systemUTC()).minusMonths(1);
    private String url;

    @AfterEach
    void stopNodesAndDropTheDatabase() throws InterruptedException {
        for (ServeNode node : nodes) {
            node.close();
        }
        if (url != null) {
            Postgres.dropDatabase(url);
        }
    }

    @Test
    void should_run_the_month_once_with_one_of_each_trigger_when_two_nodes_share_the_schedule() throws Exception {
        Path data = prepare(12_000);
        // the first firing once both nodes are normally up, so that neither has the month to itself before the other
        // starts; later ones (the same seconds of every later minute) keep the schedule live when a node starts slowly
        // on a busy machine, and each of them finds the month's run already planned
        ZonedDateTime first = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(25);
        String fromThen = "%d-59 %d-59 %d-23 %d %d ? %d".formatted(first.getSecond(), first.getMinute(), first.getHour(),
                first.getDayOfMonth(), first.getMonthValue(), first.getYear());
        ServeNode a = node("a", fromThen);
        ServeNode b = node("b", fromThen);

        try (Database store = Database.open(StoreLocation.parse(url))) {
            await("the scheduled run of " + month + " done").atMost(RUN_TIMEOUT).until(() -> runsDone(store) == 1);

            assertThat(Rows.of(store, "SELECT year_month, kind, status FROM runs"))
                    .containsExactly(month + "|scheduled|done");
            // which node wins which shard is the cluster's business: each shard done once, by a node that took part
            assertThat(Rows.of(store, "SELECT shard, status, attempts FROM run_shards ORDER BY shard")).containsExactly(
                    "0|done|1", "1|done|1", "2|done|1", "3|done|1", "4|done|1", "5|done|1", "6|done|1", "7|done|1");
            assertThat(Rows.of(store, "SELECT DISTINCT node FROM run_shards")).isNotEmpty().isSubsetOf("a", "b");
            assertThat(Rows.of(store, "SELECT SUM(companies) FROM run_shards")).containsExactly("12000");
            Reference reference = reference(data);
            assertThat(Rows.assessments(store)).isEqualTo(reference.assessments()).hasSize(12_000);
            assertThat(Rows.triggers(store)).isEqualTo(reference.triggers());
            List<String> delivered = deliveredIds(a, b);
            assertThat(delivered).doesNotHaveDuplicates().hasSameSizeAs(reference.triggers());
        }
    }

    @Test
    void should_finish_a_killed_nodes_shard_on_the_other_node_when_it_dies_mid_shard() throws Exception {
        Path data = prepare(30_000);
        ServeNode doomed = node("doomed");

        try (Database store = Database.open(StoreLocation.parse(url))) {
            await("node doomed working on a shard with assessments stored").atMost(RUN_TIMEOUT).until(() ->
                    !Rows.of(store, "SELECT shard FROM run_shards WHERE node = 'doomed' AND status = 'running'").isEmpty()
                    && !Rows.of(store, "SELECT 1 FROM assessments").isEmpty());
            List<String> killedShards = Rows.of(store, "SELECT shard FROM run_shards WHERE node = 'doomed' AND status = 'running'");
            doomed.kill();
            ServeNode survivor = node("survivor");

            await("the run finished by node survivor").atMost(RUN_TIMEOUT).until(() -> runsDone(store) == 1);

            assertThat(Rows.of(store, "SELECT year_month, kind, status FROM runs")).containsExactly(month + "|scheduled|done");
            for (String shard : killedShards) {
                assertThat(Rows.of(store, "SELECT node, status FROM run_shards WHERE shard = " + shard))
                        .containsExactly("survivor|done");
            }
            Reference reference = reference(data);
            assertThat(Rows.assessments(store)).isEqualTo(reference.assessments()).hasSize(30_000);
            assertThat(Rows.triggers(store)).isEqualTo(reference.triggers());
            assertThat(Rows.of(store, "SELECT COUNT(*) FROM triggers WHERE delivered_at IS NULL")).containsExactly("0");
            List<String> delivered = deliveredIds(doomed, survivor);
            // a kill between appending a batch to the file and marking it delivered repeats that batch once
            // (the line's id lets a reader drop it); nothing is ever missing
            assertThat(new HashSet<>(delivered)).hasSameSizeAs(reference.triggers());
            assertThat(delivered.size() - new HashSet<>(delivered).size()).isLessThanOrEqualTo(1_000);
        }
    }

    private Path prepare(int companies) throws IOException {
        url = Postgres.createDatabase();
        Path data = MonthData.write(folder.resolve("metrics.jsonl"), month, companies);
        CliRun ingest = CliRun.run(Clock.systemUTC(), "ingest", data.toString(), "--store", url);
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        return data;
    }

    private ServeNode node(String name) throws IOException, InterruptedException {
        return node(name, "* * * * * ?");
    }

    private ServeNode node(String name, String cron) throws IOException, InterruptedException {
        ServeNode node = ServeNode.start(name, folder, FAST, "--store", url, "--rules", Repo.rules().toString(),
                "--triggers-file", folder.resolve(name + ".jsonl").toString(), "--cron", cron,
                "--zone", "UTC", "--shards", "8", "--threads", "1");
        nodes.add(node);
        return node;
    }

    private static int runsDone(Database store) {
        return Rows.of(store, "SELECT id FROM runs WHERE status = 'done'").size();
    }

    private List<String> deliveredIds(ServeNode... from) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ServeNode node : from) {
            Path file = folder.resolve(node.name() + ".jsonl");
            if (Files.exists(file)) {
                String text = Files.readString(file);
                // a node killed while appending leaves its last line incomplete; its trigger stays pending and is
                // written in full by the node that takes over
                text.substring(0, text.lastIndexOf('\n') + 1).lines().forEach(line -> ids.add(id(line)));
            }
        }
        return ids;
    }

    private static String id(String line) {
        try {
            return JSON.readTree(line).get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same month run by hand on an embedded store of its own. */
    private Reference reference(Path data) {
        String store = folder.resolve("reference").toString();
        CliRun.run(Clock.systemUTC(), "ingest", data.toString(), "--store", store);
        CliRun run = CliRun.run(Clock.systemUTC(), "run", "--month", month.toString(), "--summary", "--store", store,
                "--rules", Repo.rules().toString(), "--triggers-file", folder.resolve("reference.jsonl").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Database database = Database.open(StoreLocation.parse(store))) {
            return new Reference(Rows.assessments(database), Rows.triggers(database));
        }
    }

    private record Reference(List<String> assessments, List<String> triggers) {
    }
}
