package io.healthscore.manual;

import static io.healthscore.assessment.Band.AT_RISK;
import static io.healthscore.assessment.Band.HEALTHY;
import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.store.StoreLocation;
import io.healthscore.trigger.EmittedTrigger;
import io.healthscore.trigger.OutboxEntry;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An override wins over the rules for the months it covers: the company is shown in the pinned band while the
 * rules' band and score are still computed and stored, and entering the pinned band emits its triggers once,
 * marked manual. Given: acme is HEALTHY by the rules in August and September (no band change in September).
 */
class OverridePrecedenceTest {
    private static final YearMonth AUGUST = YearMonth.of(2026, 8);
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path folder;

    private StatusFixture store;

    @BeforeEach
    void healthyInAugustAndSeptember() {
        store = new StatusFixture(StoreLocation.parse(folder.resolve("store").toString()));
        store.weeks("acme", AUGUST, HEALTHY);
        store.weeks("acme", SEPTEMBER, HEALTHY);
        store.weeks("acme", OCTOBER, HEALTHY);
        store.run(AUGUST);
        store.run(SEPTEMBER);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void should_show_the_pinned_band_and_keep_the_rules_band_and_score_when_the_latest_month_is_overridden() {
        ManualOutcome outcome = store.override("acme", AT_RISK, null);

        Assessment september = store.assessment("acme", SEPTEMBER);
        assertThat(september.effectiveBand()).isEqualTo(AT_RISK);
        assertThat(september.band()).isEqualTo(HEALTHY);
        assertThat(september.score()).isEqualTo(60);
        assertThat(september.standing().overrideId()).isEqualTo(outcome.override().id());
        assertThat(outcome.override().from()).isEqualTo(SEPTEMBER);
        assertThat(outcome.override().until()).as("default until: the month after the latest assessed one")
                .isEqualTo(OCTOBER);
        assertThat(outcome.override().ended()).isNull();
    }

    @Test
    void should_emit_the_entering_triggers_marked_manual_once_when_the_latest_month_is_overridden() {
        ManualOutcome outcome = store.override("acme", AT_RISK, null);

        assertThat(store.triggers("acme", SEPTEMBER)).extracting(OutboxEntry::trigger)
                .extracting(EmittedTrigger::name)
                .containsExactlyInAnyOrder("outreach-email", "follow-up-task", "internal-notification");
        for (OutboxEntry entry : store.triggers("acme", SEPTEMBER)) {
            assertThat(entry.trigger().manual()).as(entry.id()).isNotNull();
            assertThat(entry.trigger().manual().source()).isEqualTo("override");
            assertThat(entry.trigger().manual().author()).isEqualTo(StatusFixture.CSM);
            assertThat(entry.trigger().band()).isEqualTo(AT_RISK);
            assertThat(entry.trigger().previousBand()).isEqualTo(HEALTHY);
        }
        assertThat(outcome.activity().triggers())
                .containsExactlyInAnyOrder("outreach-email", "follow-up-task", "internal-notification");
    }

    @Test
    void should_log_the_override_with_its_triggers_when_the_latest_month_is_overridden() {
        store.override("acme", AT_RISK, null);

        Activity logged = store.activities("acme").get(0);
        assertThat(logged.source()).isEqualTo(ActivitySource.OVERRIDE);
        assertThat(logged.month()).isEqualTo(SEPTEMBER);
        assertThat(logged.from()).isEqualTo(EffectiveBand.HEALTHY);
        assertThat(logged.to()).isEqualTo(EffectiveBand.AT_RISK);
        assertThat(logged.author()).isEqualTo(StatusFixture.CSM);
        assertThat(logged.note()).contains("asked to cancel");
        assertThat(logged.at()).isEqualTo(store.clock.instant());
        assertThat(logged.score()).isEqualTo(60);
        assertThat(logged.automaticBand()).isEqualTo(HEALTHY);
        assertThat(logged.triggers()).containsExactlyInAnyOrder("outreach-email", "follow-up-task", "internal-notification");
    }

    @Test
    void should_keep_the_pinned_band_without_triggers_or_activity_when_a_covered_month_is_run() {
        ManualOutcome outcome = store.override("acme", AT_RISK, null);

        store.run(OCTOBER);

        Assessment october = store.assessment("acme", OCTOBER);
        assertThat(october.effectiveBand()).isEqualTo(AT_RISK);
        assertThat(october.band()).isEqualTo(HEALTHY);
        assertThat(october.score()).isEqualTo(60);
        assertThat(october.standing().overrideId()).isEqualTo(outcome.override().id());
        assertThat(store.triggers("acme", OCTOBER)).as("no band change in October: AT_RISK stays AT_RISK").isEmpty();
        assertThat(store.activities("acme", OCTOBER)).isEmpty();
    }

    @Test
    void should_keep_the_pinned_band_and_emit_nothing_new_when_the_overridden_month_is_run_again() {
        store.override("acme", AT_RISK, null);

        store.run(SEPTEMBER);

        Assessment september = store.assessment("acme", SEPTEMBER);
        assertThat(september.effectiveBand()).isEqualTo(AT_RISK);
        assertThat(september.band()).isEqualTo(HEALTHY);
        assertThat(store.triggers("acme", SEPTEMBER)).hasSize(3)
                .allSatisfy(entry -> assertThat(entry.trigger().manual()).isNotNull());
        assertThat(store.activities("acme", SEPTEMBER)).extracting(Activity::source)
                .containsExactly(ActivitySource.OVERRIDE);
    }
}
