package io.healthscore.manual;

import io.healthscore.HealthscoreException;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.assessment.Pin;
import io.healthscore.assessment.Previous;
import io.healthscore.company.Churn;
import io.healthscore.company.ChurnedCompanyException;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.company.UnknownCompanyException;
import io.healthscore.scoring.CompanyScoring;
import io.healthscore.scoring.Scorer;
import io.healthscore.store.CompanyRepository;
import io.healthscore.store.Database;
import io.healthscore.store.ExplanationRepository;
import io.healthscore.store.HistoryDepth;
import io.healthscore.store.MonthInputReader;
import io.healthscore.store.OverrideRepository;
import io.healthscore.store.StatusRepository;
import io.healthscore.store.StoredAssessment;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What a CSM changes by hand: an override pins a company's effective band from its latest assessed month on, a
 * clear gives it back to the rules, a churn shows it as churned and stops its scoring and automations. Every change
 * is an activity; a change of effective band emits the triggers the rules ask for on entering the new band.
 */
public final class ManualStatus {
    /** The longest note and author name the store keeps. */
    public static final int NOTE_LIMIT = 2000;
    public static final int AUTHOR_LIMIT = 200;

    private final Database database;
    private final Scorer scorer;
    private final Clock clock;

    public ManualStatus(Database database, Scorer scorer, Clock clock) {
        this.database = database;
        this.scorer = scorer;
        this.clock = clock;
    }

    /** A band that can be pinned by hand: any but NONE, which means no data; throws saying what is accepted. */
    public static Band pinnable(String text) {
        Band band = Band.parse(text);
        if (band == Band.NONE) {
            throw new IllegalArgumentException("NONE means no data and cannot be pinned; accepted: THRIVING, HEALTHY, STEADY, AT_RISK");
        }
        return band;
    }

    /** Pins the band with a reason until {@code until} (null: through the month after the latest assessed one). */
    public ManualOutcome override(CompanyId id, Band band, String note, YearMonth until, String author) {
        Company company = known(id);
        refuseChurned(id, "override its band");
        Optional<StoredAssessment> latest = new ExplanationRepository(database).latest(id);
        YearMonth from = startMonth(latest.map(stored -> stored.assessment().month()), clock);
        YearMonth last = until != null ? until : from.plusMonths(1);
        if (last.isBefore(from)) {
            throw new HealthscoreException("--until " + last + " is before " + from + ", the month the override starts"
                    + " (the company's latest assessed month); accepted: " + from + " or later");
        }
        Instant now = clock.instant();
        BandOverride override = new BandOverride(0, id, band, from, last, note, author, now, null, null);
        EffectiveBand before = latest.map(stored -> EffectiveBand.of(stored.assessment().effectiveBand()))
                .orElse(EffectiveBand.NONE);
        Optional<Assessment> shown = latest.map(stored -> evaluate(company, stored.assessment(), before, new Pin(0, band)));
        Activity activity = activity(id, from, ActivitySource.OVERRIDE, author,
                note + " (until " + last + ")", before, EffectiveBand.of(band), shown);
        StatusRepository.Applied applied = new StatusRepository(database).override(override, activity, shown);
        return new ManualOutcome(activity.withTriggers(applied.triggers()), applied.override(), 0);
    }

    /** Ends the override in force; the latest assessed month shows the rules' band again. */
    public ManualOutcome clear(CompanyId id, String note, String author) {
        Company company = known(id);
        BandOverride override = new OverrideRepository(database).active(id).orElseThrow(() -> new HealthscoreException(
                "company " + id + " has no override in force; nothing to clear (healthscore history " + id + " lists them)"));
        Optional<StoredAssessment> latest = new ExplanationRepository(database).latest(id)
                .filter(stored -> override.id() == orZero(stored.assessment().standing().overrideId()));
        YearMonth month = latest.map(stored -> stored.assessment().month()).orElse(override.from());
        EffectiveBand pinned = EffectiveBand.of(override.band());
        Optional<Assessment> shown = latest.map(stored -> evaluate(company, stored.assessment(), pinned, null));
        EffectiveBand after = shown.map(assessment -> EffectiveBand.of(assessment.effectiveBand())).orElse(pinned);
        Activity activity = activity(id, month, ActivitySource.CLEAR, author, note, pinned, after, shown);
        StatusRepository.Applied applied = new StatusRepository(database).clear(override, activity, shown);
        return new ManualOutcome(activity.withTriggers(applied.triggers()), override, 0);
    }

    /** Marks the company churned from its latest assessed month on. */
    public ManualOutcome churn(CompanyId id, String note, String author) {
        known(id);
        new CompanyRepository(database).churn(id).ifPresent(churn -> {
            throw new HealthscoreException("company " + id + " is churned already (since " + churn.month()
                    + ", marked " + churn.at() + "); nothing to do");
        });
        Optional<StoredAssessment> latest = new ExplanationRepository(database).latest(id);
        YearMonth month = startMonth(latest.map(stored -> stored.assessment().month()), clock);
        EffectiveBand before = latest.map(stored -> EffectiveBand.of(stored.assessment().effectiveBand()))
                .orElse(EffectiveBand.NONE);
        Activity activity = activity(id, month, ActivitySource.CHURN, author, note, before, EffectiveBand.CHURNED,
                latest.map(StoredAssessment::assessment));
        int silenced = new StatusRepository(database).churn(id, month, activity);
        return new ManualOutcome(activity, null, silenced);
    }

    /** Undoes a churn: the company is scored and sent automations again from the next scoring on. */
    public ManualOutcome reinstate(CompanyId id, String note, String author) {
        known(id);
        Churn churn = new CompanyRepository(database).churn(id).orElseThrow(() -> new HealthscoreException(
                "company " + id + " is not churned; nothing to undo"));
        Optional<StoredAssessment> latest = new ExplanationRepository(database).latest(id);
        EffectiveBand after = latest.map(stored -> EffectiveBand.of(stored.assessment().effectiveBand()))
                .orElse(EffectiveBand.NONE);
        Activity activity = activity(id, churn.month(), ActivitySource.REINSTATE, author, note, EffectiveBand.CHURNED,
                after, latest.map(StoredAssessment::assessment));
        new StatusRepository(database).reinstate(id, activity);
        return new ManualOutcome(activity, null, 0);
    }

    /**
     * The stored month evaluated again as it is shown after the change: from the band it was shown in before, with
     * the band pinned (an override) or left to the rules (a clear).
     */
    private Assessment evaluate(Company company, Assessment stored, EffectiveBand shownBefore, Pin pin) {
        Previous from = new Previous(shownBefore.band(), stored.previous().score());
        // with the history and sent triggers the rules declare they read, as the month run gives them
        MonthInputReader inputs = new MonthInputReader(database);
        return scorer.score(inputs.withPast(new CompanyMonth(company.id(), company.segment(), stored.month(),
                inputs.weeks(company.id(), stored.month()), from, pin, null), HistoryDepth.of(scorer.rules())));
    }

    private Activity activity(CompanyId id, YearMonth month, ActivitySource source, String author, String note,
            EffectiveBand from, EffectiveBand to, Optional<Assessment> assessment) {
        return new Activity(id, month, clock.instant(), source, author, note, from, to,
                assessment.map(Assessment::score).orElse(null), assessment.map(Assessment::band).orElse(null), List.of());
    }

    private Company known(CompanyId id) {
        return new CompanyRepository(database).find(id).orElseThrow(() -> new UnknownCompanyException(id));
    }

    private void refuseChurned(CompanyId id, String action) {
        new CompanyRepository(database).churn(id).ifPresent(churn -> {
            throw new ChurnedCompanyException(id, churn, action);
        });
    }

    /**
     * The month an override or a churn starts in: the company's latest assessed month, else the last complete
     * month. An override's until may not lie before it.
     */
    public static YearMonth startMonth(Optional<YearMonth> latestAssessed, Clock clock) {
        return latestAssessed.orElseGet(() -> CompanyScoring.lastCompleteMonth(clock));
    }

    /** {@link #startMonth(Optional, Clock)} of the company, its latest assessed month read from the store. */
    public static YearMonth startMonth(Database database, Clock clock, CompanyId id) {
        return startMonth(new ExplanationRepository(database).latest(id).map(stored -> stored.assessment().month()),
                clock);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
