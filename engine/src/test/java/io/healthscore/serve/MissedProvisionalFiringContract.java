package io.healthscore.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import io.healthscore.automation.Automations;
import io.healthscore.automation.Dispatcher;
import io.healthscore.rules.ActiveRules;
import io.healthscore.rules.RuleCompiler;
import io.healthscore.run.RunKind;
import io.healthscore.run.RunPlanner;
import io.healthscore.run.RunStatus;
import io.healthscore.run.ShardRunner;
import io.healthscore.schedule.MonthlyRuns;
import io.healthscore.schedule.MonthlySchedule;
import io.healthscore.schedule.ProvisionalRuns;
import io.healthscore.store.Database;
import io.healthscore.store.ProvisionalRepository;
import io.healthscore.store.RunHistoryRepository;
import io.healthscore.store.StoreLocation;
import io.healthscore.store.StoredProvisional;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.LogCapture;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SampleStore;
import io.healthscore.testhelper.SettableClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.core.QuartzSchedulerThread;

/**
 * The weekly month-to-date trigger was in the schedule while no node ran: its Monday firings of September and
 * October 2026 were missed. The next start scores the month to date once, not once per missed week; on the embedded
 * store and on PostgreSQL, the store of the Quartz cluster.
 */
abstract class MissedProvisionalFiringContract {
    // the Mondays of September and October 2026, then not before 2099: a trigger with no firing left would be removed
    private static final String WEEKLY = "0 0 6 ? 9,10 MON 2026,2099";
    private static final String MONTHLY = "0 0 2 1 1 ? 2099";
    private static final ZoneId UTC = ZoneId.of("UTC");
    /** Wednesday 14 October 2026: the weeks ending on Sunday 4 and 11 October are complete. */
    private static final SettableClock CLOCK = SettableClock.at("2026-10-14T07:00:00Z");

    @TempDir
    Path folder;

    private String store;

    abstract String createStore(Path folder);

    abstract void dropStore(String store);

    @AfterEach
    void drop() {
        if (store != null) {
            dropStore(store);
        }
    }

    @Test
    void should_score_the_month_to_date_once_when_the_service_starts_after_missed_weekly_firings() throws Exception {
        store = createStore(folder);
        List<String> ingest = new ArrayList<>(List.of("ingest", "--store", store, "--companies",
                Repo.samples().resolve("companies.csv").toString()));
        SampleStore.metricFiles().forEach(file -> ingest.add(file.toString()));
        assertThat(CliRun.run(CLOCK, ingest.toArray(String[]::new)).exitCode()).isZero();
        StoreLocation location = StoreLocation.parse(store);
        scheduleAndGoDown(location, Instant.parse("2026-08-15T00:00:00Z"));

        try (LogCapture firings = LogCapture.of(ProvisionalRuns.class);
             LogCapture polls = LogCapture.of(QuartzSchedulerThread.class);
             Service service = Service.start(setup(location))) {
            await("the missed weekly firing run").atMost(Duration.ofSeconds(60))
                    .until(() -> firings.messages(Level.INFO).size() >= 1);
            long pollsBefore = zeroPolls(polls);
            // two more looks for due firings that found none: a second missed firing would have fired by then
            await("two polls after the firing").atMost(Duration.ofSeconds(60))
                    .until(() -> zeroPolls(polls) >= pollsBefore + 2);
            assertThat(firings.messages(Level.INFO)).hasSize(1);
            assertThat(service.schedule().nextProvisionalFiring()).isPresent().get()
                    .matches(next -> next.isAfter(Instant.parse("2099-01-01T00:00:00Z")));
        }

        try (Database reader = Database.open(location)) {
            Map<String, StoredProvisional> scored = new ProvisionalRepository(reader).month(YearMonth.of(2026, 10));
            assertThat(scored).hasSize(40);
            assertThat(scored.values()).allSatisfy(score -> {
                assertThat(score.weeks().weeks()).isEqualTo(2);
                assertThat(score.weeks().weeksInMonth()).isEqualTo(4);
            });
            // one run, of the month to date, and no month run
            assertThat(new RunHistoryRepository(reader).list(null, 10, Instant.now())).singleElement().satisfies(run -> {
                assertThat(run.kind()).isEqualTo(RunKind.PROVISIONAL);
                assertThat(run.month()).isEqualTo(YearMonth.of(2026, 10));
                assertThat(run.status()).isEqualTo(RunStatus.DONE);
                assertThat(run.counts().companies()).isEqualTo(40);
            });
        }
    }

    private static long zeroPolls(LogCapture polls) {
        return polls.messages(Level.DEBUG).stream().filter(line -> line.equals("batch acquisition of 0 triggers")).count();
    }

    /** A node put the schedule in the store on August 15th, then was down until now. */
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
                schedule.ensure(MONTHLY, UTC, installedAt);
                schedule.ensureProvisional(WEEKLY, UTC, installedAt);
            }
        }
    }

    private Service.Setup setup(StoreLocation location) {
        return new Service.Setup(location, Repo.rules(), folder.resolve("triggers.jsonl"), null, 2, settings(), CLOCK);
    }

    private static ServeSettings settings() {
        return new ServeSettings(MONTHLY, UTC, 3, 1, "test-node", "127.0.0.1", 0, Duration.ofSeconds(7),
                Duration.ofSeconds(1), Duration.ofMillis(300), null, 64L << 20, Duration.ofHours(8), false, WEEKLY);
    }
}
