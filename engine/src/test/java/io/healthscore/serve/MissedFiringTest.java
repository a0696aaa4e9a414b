package io.healthscore.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import io.healthscore.automation.Automations;
import io.healthscore.automation.Dispatcher;
import io.healthscore.rules.ActiveRules;
import io.healthscore.rules.RuleCompiler;
import io.healthscore.run.RunKind;
import io.healthscore.run.RunRecord;
import io.healthscore.run.RunStatus;
import io.healthscore.schedule.MonthlyRuns;
import io.healthscore.schedule.MonthlySchedule;
import io.healthscore.run.RunPlanner;
import io.healthscore.run.ShardRunner;
import io.healthscore.store.Database;
import io.healthscore.store.RunHistoryRepository;
import io.healthscore.store.StoreLocation;
import io.healthscore.testhelper.LogCapture;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.Rows;
import io.healthscore.testhelper.SampleStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.core.QuartzSchedulerThread;

/**
 * The monthly trigger was in the schedule while no node ran: the firings of September 1st and October 1st 2026
 * were missed. The next start runs each of them once, for the month it was meant for (August, September).
 */
class MissedFiringTest {
    // September and October 2026, then not before 2099: a trigger with no firing left would be removed
    private static final String CRON = "0 0 2 1 9,10 ? 2026,2099";
    private static final ZoneId UTC = ZoneId.of("UTC");

    @TempDir
    Path folder;

    @Test
    void should_run_each_missed_firing_once_for_its_own_month_when_the_service_starts_again() throws Exception {
        SampleStore samples = new SampleStore(folder.resolve("store"));
        assertThat(samples.ingestSamples().exitCode()).isZero();
        StoreLocation location = StoreLocation.parse(samples.folder().toString());
        scheduleAndGoDown(location, Instant.parse("2026-08-15T00:00:00Z"));

        try (Service service = Service.start(setup(location)); Database reader = Database.open(location)) {
            await("two scheduled runs done").atMost(Duration.ofSeconds(60))
                    .until(() -> done(reader).size() == 2);
        }

        try (Database reader = Database.open(location)) {
            List<RunRecord> runs = new RunHistoryRepository(reader).list(null, 10, Instant.now());
            assertThat(runs).extracting(RunRecord::month)
                    .containsExactlyInAnyOrder(YearMonth.of(2026, 8), YearMonth.of(2026, 9));
            assertThat(runs).extracting(RunRecord::scheduledFor).containsExactlyInAnyOrder(
                    Instant.parse("2026-09-01T02:00:00Z"), Instant.parse("2026-10-01T02:00:00Z"));
            assertThat(runs).allSatisfy(run -> {
                assertThat(run.kind()).isEqualTo(RunKind.SCHEDULED);
                assertThat(run.counts().companies()).isEqualTo(40);
                assertThat(run.shardsDone()).isEqualTo(run.shards());
            });
            assertThat(Rows.assessments(reader)).isEqualTo(reference(List.of("2026-08", "2026-09")));
        }
    }

    @Test
    void should_not_run_a_month_again_when_the_service_restarts_after_its_run() throws Exception {
        SampleStore samples = new SampleStore(folder.resolve("store"));
        samples.ingestSamples();
        StoreLocation location = StoreLocation.parse(samples.folder().toString());
        scheduleAndGoDown(location, Instant.parse("2026-08-15T00:00:00Z"));
        try (Service service = Service.start(setup(location)); Database reader = Database.open(location)) {
            await("two scheduled runs done").atMost(Duration.ofSeconds(60)).until(() -> done(reader).size() == 2);
        }
        List<String> triggersBefore;
        try (Database reader = Database.open(location)) {
            triggersBefore = Rows.triggers(reader);
        }

        try (LogCapture polls = LogCapture.of(QuartzSchedulerThread.class);
             Service service = Service.start(setup(location))) {
            // the scheduler looked for due firings twice and found none: had one been due, the first look fired it
            await("two polls of the restarted scheduler").atMost(Duration.ofSeconds(60))
                    .until(() -> polls.messages(Level.DEBUG).stream()
                            .filter(line -> line.equals("batch acquisition of 0 triggers")).count() >= 2);
        }

        try (Database reader = Database.open(location)) {
            assertThat(new RunHistoryRepository(reader).list(null, 10, Instant.now())).hasSize(2);
            assertThat(Rows.triggers(reader)).isEqualTo(triggersBefore).isNotEmpty();
        }
    }

    /** A node put the monthly trigger in the schedule on August 15th, then was down until now. */
    private void scheduleAndGoDown(StoreLocation location, Instant installedAt) {
        ServeSettings settings = settings();
        try (Database database = Database.open(location, 8);
             ActiveRules rules = new ActiveRules(new RuleCompiler(2).compile(Repo.rules()))) {
            Dispatcher dispatcher = new Dispatcher(database, Automations.defaults(folder.resolve("triggers.jsonl")),
                    Clock.systemUTC(), "early-node");
            MonthlyRuns runs = new MonthlyRuns(new RunPlanner(database, Clock.systemUTC(), "early-node"),
                    new ShardRunner(database, dispatcher, Clock.systemUTC(), 2, "early-node"), rules, UTC, 2,
                    Clock.systemUTC());
            try (MonthlySchedule schedule = MonthlySchedule.create(database, new MonthlySchedule.Tuning("early-node",
                    1, settings.checkinInterval(), settings.pollInterval()), runs)) {
                schedule.ensure(CRON, UTC, installedAt);
            }
        }
    }

    private Service.Setup setup(StoreLocation location) {
        return new Service.Setup(location, Repo.rules(), folder.resolve("triggers.jsonl"), null, 2, settings(),
                Clock.systemUTC());
    }

    private static ServeSettings settings() {
        return new ServeSettings(CRON, UTC, 3, 1, "test-node", "127.0.0.1", 0, Duration.ofSeconds(7),
                Duration.ofSeconds(1), Duration.ofMillis(300), null, 64L << 20, Duration.ofHours(8), false);
    }

    private static List<RunRecord> done(Database reader) {
        return new RunHistoryRepository(reader).list(null, 10, Instant.now()).stream()
                .filter(run -> run.status() == RunStatus.DONE).toList();
    }

    /** The same months run by hand, one after the other, on a store of their own. */
    private List<String> reference(List<String> months) {
        SampleStore reference = new SampleStore(folder.resolve("reference"));
        reference.ingestSamples();
        months.forEach(month -> assertThat(reference.run(month, true).exitCode()).isZero());
        try (Database database = Database.open(StoreLocation.parse(reference.folder().toString()))) {
            return Rows.assessments(database);
        }
    }
}
