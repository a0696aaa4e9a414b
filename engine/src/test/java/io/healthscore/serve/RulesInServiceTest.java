package io.healthscore.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import io.healthscore.rules.RulesWatcher;
import io.healthscore.run.RunKind;
import io.healthscore.run.RunPlanner;
import io.healthscore.store.Database;
import io.healthscore.store.StoreLocation;
import io.healthscore.testhelper.LogCapture;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.Rows;
import io.healthscore.testhelper.SampleStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule edits reach a running service without a restart; broken ones never do; a run keeps its rule set. */
class RulesInServiceTest {
    @TempDir
    Path folder;

    private Path rules;
    private StoreLocation location;

    @BeforeEach
    void copyRulesAndIngestSamples() throws IOException {
        rules = Files.createDirectories(folder.resolve("rules"));
        try (Stream<Path> files = Files.list(Repo.rules())) {
            for (Path file : files.filter(file -> file.toString().endsWith(".drl")).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        SampleStore samples = new SampleStore(folder.resolve("store"));
        assertThat(samples.ingestSamples().exitCode()).isZero();
        location = StoreLocation.parse(samples.folder().toString());
    }

    @Test
    void should_keep_the_old_rules_on_a_broken_edit_and_take_a_good_one_when_the_service_runs() throws IOException {
        try (LogCapture log = LogCapture.of(RulesWatcher.class); Service service = Service.start(setup())) {
            String started = service.rules().current().hash();

            edit("30-bands.drl", "score >= 76 )", "score >= 76 ");
            await("the broken edit to be reported").atMost(RulesFolder.RELOAD_WAIT)
                    .until(() -> log.has(Level.WARN, "does not compile"));
            assertThat(service.rules().current().hash()).isEqualTo(started);
            assertThat(service.health().rulesHash()).isEqualTo(started.substring(0, 12));

            edit("30-bands.drl", "score >= 76 ", "score >= 80 )");
            await("the edited rules active").atMost(RulesFolder.RELOAD_WAIT)
                    .until(() -> !service.rules().current().hash().equals(started));
            assertThat(service.health().up()).isTrue();
        }
    }

    @Test
    void should_finish_a_run_on_the_rules_it_started_with_when_the_rules_change_before_its_shards_run()
            throws IOException {
        try (Service service = Service.start(setup()); Database store = Database.open(location)) {
            String started = service.rules().current().hash();
            String runId = new RunPlanner(store, Clock.systemUTC(), "planner")
                    .scheduled(YearMonth.of(2026, 10), Instant.parse("2026-11-01T02:00:00Z"), started, 2);
            edit("30-bands.drl", ">= 76", ">= 80");
            await("the edited rules active").atMost(RulesFolder.RELOAD_WAIT)
                    .until(() -> !service.rules().current().hash().equals(started));

            service.monthlyRuns().work(runId, 0);
            service.monthlyRuns().work(runId, 1);

            assertThat(Rows.of(store, "SELECT DISTINCT rules_hash FROM assessments")).containsExactly(started);
            assertThat(Rows.of(store, "SELECT kind, status FROM runs")).containsExactly(RunKind.SCHEDULED.label() + "|done");
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = rules.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private Service.Setup setup() {
        ServeSettings settings = new ServeSettings("0 0 2 1 * ?", ZoneId.of("UTC"), 2, 1, "rules-node", "127.0.0.1", 0,
                Duration.ofSeconds(7), Duration.ofSeconds(1), Duration.ofMillis(200), null, 64L << 20, Duration.ofHours(8), false);
        return new Service.Setup(location, rules, folder.resolve("triggers.jsonl"), null, 2, settings, Clock.systemUTC());
    }
}
