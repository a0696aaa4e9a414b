package io.healthscore.manual;

import static io.healthscore.assessment.Band.AT_RISK;
import static io.healthscore.assessment.Band.HEALTHY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.store.ActivityRepository;
import io.healthscore.store.StoreLocation;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The activity log records every change of a company's effective band, when, by whom and why: a month run logs
 * the changes the rules make (none when the band stays) and replaces them when the month is run again; manual
 * changes log themselves. Given: acme is HEALTHY in July and August, AT_RISK in September and October, and has no
 * weeks in November; each month is run in turn.
 */
class ActivityLogTest {
    private static final YearMonth JULY = YearMonth.of(2026, 7);
    private static final YearMonth AUGUST = YearMonth.of(2026, 8);
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @TempDir
    Path folder;

    private StatusFixture store;
    private Instant julyRun;
    private Instant septemberRun;
    private Instant novemberRun;

    @BeforeEach
    void fiveMonthsRun() {
        store = new StatusFixture(StoreLocation.parse(folder.resolve("store").toString()));
        store.weeks("acme", JULY, HEALTHY);
        store.weeks("acme", AUGUST, HEALTHY);
        store.weeks("acme", SEPTEMBER, AT_RISK);
        store.weeks("acme", OCTOBER, AT_RISK);
        julyRun = runAndTime(JULY);
        runAndTime(AUGUST);
        septemberRun = runAndTime(SEPTEMBER);
        runAndTime(OCTOBER);
        novemberRun = runAndTime(NOVEMBER);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void should_log_each_change_of_the_rules_band_newest_first_and_nothing_when_the_band_stays() {
        assertThat(store.activities("acme"))
                .extracting(Activity::month, Activity::source, Activity::from, Activity::to, Activity::at)
                .containsExactly(
                        tuple(NOVEMBER, ActivitySource.AUTOMATIC, EffectiveBand.AT_RISK, EffectiveBand.NONE, novemberRun),
                        tuple(SEPTEMBER, ActivitySource.AUTOMATIC, EffectiveBand.HEALTHY, EffectiveBand.AT_RISK, septemberRun),
                        tuple(JULY, ActivitySource.AUTOMATIC, EffectiveBand.NONE, EffectiveBand.HEALTHY, julyRun));
    }

    @Test
    void should_record_the_score_the_rule_and_the_triggers_when_the_rules_change_the_band() {
        Activity september = store.activities("acme", SEPTEMBER).get(0);

        assertThat(september.author()).isEqualTo(Activity.ENGINE);
        assertThat(september.score()).isEqualTo(20);
        assertThat(september.automaticBand()).isEqualTo(AT_RISK);
        assertThat(september.note()).contains("score 20 (-40)").contains("band AT_RISK");
        assertThat(september.triggers())
                .containsExactlyInAnyOrder("outreach-email", "follow-up-task", "internal-notification", "score-drop-alert");
        assertThat(store.activities("acme", NOVEMBER).get(0).note()).isEqualTo("no weekly data in 2026-11");
    }

    @Test
    void should_replace_the_month_entry_rather_than_add_one_when_a_month_is_run_again() {
        Instant rerun = runAndTime(SEPTEMBER);
        runAndTime(AUGUST);

        assertThat(store.activities("acme", SEPTEMBER)).singleElement().satisfies(september -> {
            assertThat(september.at()).isEqualTo(rerun);
            assertThat(september.from()).isEqualTo(EffectiveBand.HEALTHY);
            assertThat(september.to()).isEqualTo(EffectiveBand.AT_RISK);
            assertThat(september.triggers()).as("emitted by the first run already").isEmpty();
        });
        assertThat(store.activities("acme", AUGUST)).isEmpty();
        assertThat(store.activities("acme")).extracting(Activity::month).containsExactly(SEPTEMBER, NOVEMBER, JULY);
    }

    @Test
    void should_record_time_source_author_and_note_of_every_activity_when_manual_and_automatic_changes_mix() {
        ManualOutcome override = store.override("acme", HEALTHY, null);
        ManualOutcome clear = store.clear("acme");
        ManualOutcome churn = store.churn("acme");
        ManualOutcome reinstate = store.reinstate("acme");

        assertThat(store.activities("acme"))
                .extracting(Activity::source, Activity::at, Activity::author)
                .containsExactly(
                        tuple(ActivitySource.REINSTATE, reinstate.activity().at(), StatusFixture.CSM),
                        tuple(ActivitySource.CHURN, churn.activity().at(), StatusFixture.CSM),
                        tuple(ActivitySource.CLEAR, clear.activity().at(), StatusFixture.CSM),
                        tuple(ActivitySource.OVERRIDE, override.activity().at(), StatusFixture.CSM),
                        tuple(ActivitySource.AUTOMATIC, novemberRun, Activity.ENGINE),
                        tuple(ActivitySource.AUTOMATIC, septemberRun, Activity.ENGINE),
                        tuple(ActivitySource.AUTOMATIC, julyRun, Activity.ENGINE));
        assertThat(store.activities("acme")).allSatisfy(activity -> {
            assertThat(activity.note()).isNotBlank();
            assertThat(activity.company().value()).isEqualTo("acme");
        });
        assertThat(reinstate.activity().at()).isEqualTo(store.clock.instant());
        assertThat(new ActivityRepository(store.database()).manualOf(NOVEMBER)).extracting(Activity::source)
                .containsExactly(ActivitySource.REINSTATE, ActivitySource.CHURN, ActivitySource.CLEAR,
                        ActivitySource.OVERRIDE);
        assertThat(new ActivityRepository(store.database()).manualOf(SEPTEMBER)).isEmpty();
    }

    private Instant runAndTime(YearMonth month) {
        store.run(month);
        return store.clock.instant();
    }
}
