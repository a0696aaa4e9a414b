package io.healthscore.manual;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.Progress;
import io.healthscore.scoring.CompanyScoring;
import io.healthscore.run.MonthRun;
import io.healthscore.scoring.Scorer;
import io.healthscore.store.ActivityRepository;
import io.healthscore.store.AssessmentRepository;
import io.healthscore.store.CompanyRepository;
import io.healthscore.store.Database;
import io.healthscore.store.ExplanationRepository;
import io.healthscore.store.MetricsRepository;
import io.healthscore.store.MonthInputReader;
import io.healthscore.store.OutboxQueries;
import io.healthscore.store.OverrideRepository;
import io.healthscore.store.RuleFileRepository;
import io.healthscore.store.StoreLocation;
import io.healthscore.store.StoredAssessment;
import io.healthscore.testhelper.DefaultRules;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.trigger.OutboxEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A store with the real rules in which a test ingests weeks that give a chosen band, runs months and changes a
 * company's status by hand, then reads back what was stored. The clock moves one minute before every action, so
 * each action's time is known and distinct.
 */
final class StatusFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2026-10-02T08:00:00Z");
    static final String CSM = "jane@cs.example";
    private static final Duration TICK = Duration.ofMinutes(1);

    final SettableClock clock = new SettableClock(START);
    private final StoreLocation location;
    private final Scorer scorer = DefaultRules.scorer();
    private Database database;

    StatusFixture(StoreLocation location) {
        this.location = location;
        this.database = Database.open(location);
    }

    Database database() {
        return database;
    }

    StoreLocation location() {
        return location;
    }

    /** A month score in the band: weekly login and adoption both at it, no NPS (score = their mean). */
    static int scoreIn(Band band) {
        return switch (band) {
            case THRIVING -> 90;
            case HEALTHY -> 60;
            case STEADY -> 40;
            case AT_RISK -> 20;
            case NONE -> throw new IllegalArgumentException("NONE has no score; leave the month without weeks");
        };
    }

    /** Ingests every week of the month for the company, each scoring {@code score}. */
    void weeks(String company, YearMonth month, int score) {
        List<WeeklyMetrics> weeks = new ArrayList<>();
        for (LocalDate monday : WeeklyMetrics.weeksOf(month)) {
            weeks.add(new WeeklyMetrics(CompanyId.of(company), monday, BigDecimal.valueOf(score),
                    BigDecimal.valueOf(score), null));
        }
        new MetricsRepository(database).store(weeks, tick());
    }

    /** Ingests weeks that put the company in {@code band} for the month. */
    void weeks(String company, YearMonth month, Band band) {
        weeks(company, month, scoreIn(band));
    }

    /** Runs the month for every company, as {@code healthscore run} does; returns what was stored. */
    List<Assessment> run(YearMonth month) {
        tick();
        MonthRun run = new MonthRun(new MonthInputReader(database), new AssessmentRepository(database), scorer, clock, 2,
                null);
        List<Assessment> stored = new ArrayList<>();
        run.run("test-run", month, Progress.silent(clock), (batch, at) -> stored.addAll(batch));
        return stored;
    }

    /** Scores one company for one month, as {@code healthscore score} does. */
    Assessment score(String company, YearMonth month) {
        tick();
        return new CompanyScoring(new CompanyRepository(database), new MonthInputReader(database),
                new AssessmentRepository(database), new RuleFileRepository(database), scorer, clock)
                .score(CompanyId.of(company), month);
    }

    ManualOutcome override(String company, Band band, YearMonth until) {
        tick();
        return status().override(CompanyId.of(company), band, "asked to cancel", until, CSM);
    }

    ManualOutcome clear(String company) {
        tick();
        return status().clear(CompanyId.of(company), "call went well", CSM);
    }

    ManualOutcome churn(String company) {
        tick();
        return status().churn(CompanyId.of(company), "contract ended", CSM);
    }

    ManualOutcome reinstate(String company) {
        tick();
        return status().reinstate(CompanyId.of(company), "signed again", CSM);
    }

    ManualStatus status() {
        return new ManualStatus(database, scorer, clock);
    }

    Assessment assessment(String company, YearMonth month) {
        return new ExplanationRepository(database).find(CompanyId.of(company), month)
                .map(StoredAssessment::assessment)
                .orElseThrow(() -> new AssertionError("no assessment of " + company + " for " + month));
    }

    boolean assessed(String company, YearMonth month) {
        return new ExplanationRepository(database).find(CompanyId.of(company), month).isPresent();
    }

    /** The triggers stored for the company's month, whatever their state. */
    List<OutboxEntry> triggers(String company, YearMonth month) {
        return new OutboxQueries(database).of(month, List.of(CompanyId.of(company)));
    }

    /** The company's activities, newest first. */
    List<Activity> activities(String company) {
        return new ActivityRepository(database).of(CompanyId.of(company));
    }

    /** The company's activities for one month, newest first. */
    List<Activity> activities(String company, YearMonth month) {
        return activities(company).stream().filter(activity -> activity.month().equals(month)).toList();
    }

    List<BandOverride> overrides(String company) {
        return new OverrideRepository(database).of(CompanyId.of(company));
    }

    /** Closes the store, e.g. for a command line run against it; the fixture is of no further use. */
    void closeStore() {
        database.close();
        database = null;
    }

    private Instant tick() {
        clock.set(clock.instant().plus(TICK));
        return clock.instant();
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
