package io.healthscore.manual;

import static io.healthscore.assessment.Band.AT_RISK;
import static io.healthscore.assessment.Band.HEALTHY;
import static io.healthscore.assessment.Band.STEADY;
import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.store.StoreLocation;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules see the band the company was shown in the month before (its effective band), not the rules' band of
 * that month: a band an override pinned counts as the band the company was in. Given: acme is HEALTHY by the rules
 * in August and September, and September is overridden for that month only.
 */
class PreviousEffectiveBandTest {
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
        store.run(AUGUST);
        store.run(SEPTEMBER);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void should_emit_the_entering_triggers_when_the_rules_band_equals_the_previous_automatic_band_but_not_the_shown_one() {
        store.override("acme", AT_RISK, SEPTEMBER);
        store.weeks("acme", OCTOBER, HEALTHY);

        store.run(OCTOBER);

        Assessment october = store.assessment("acme", OCTOBER);
        assertThat(store.assessment("acme", SEPTEMBER).band()).isEqualTo(HEALTHY);
        assertThat(october.previous().band()).isEqualTo(AT_RISK);
        assertThat(october.effectiveBand()).isEqualTo(HEALTHY);
        assertThat(store.triggers("acme", OCTOBER)).extracting(entry -> entry.trigger().name())
                .containsExactlyInAnyOrder("upsell-opportunity", "loyalty-offer", "internal-notification");
        assertThat(store.triggers("acme", OCTOBER)).allSatisfy(entry -> {
            assertThat(entry.trigger().manual()).isNull();
            assertThat(entry.trigger().previousBand()).isEqualTo(AT_RISK);
        });
    }

    @Test
    void should_log_an_expiry_without_triggers_when_the_rules_give_the_pinned_band_after_until() {
        store.override("acme", STEADY, SEPTEMBER);
        store.weeks("acme", OCTOBER, 50); // STEADY, 10 below September's 60: no score drop alert

        store.run(OCTOBER);

        assertThat(store.assessment("acme", OCTOBER).effectiveBand()).isEqualTo(STEADY);
        assertThat(store.triggers("acme", OCTOBER)).isEmpty();
        assertThat(store.activities("acme", OCTOBER)).singleElement().satisfies(expiry -> {
            assertThat(expiry.source()).isEqualTo(ActivitySource.EXPIRY);
            assertThat(expiry.from()).isEqualTo(EffectiveBand.STEADY);
            assertThat(expiry.to()).isEqualTo(EffectiveBand.STEADY);
            assertThat(expiry.triggers()).isEmpty();
        });
        assertThat(store.overrides("acme").get(0).endedHow()).isEqualTo("expired");
    }

    @Test
    void should_emit_nothing_when_the_rules_band_stays_and_no_override_was_in_force() {
        store.weeks("acme", OCTOBER, HEALTHY);

        store.run(OCTOBER);

        assertThat(store.triggers("acme", OCTOBER)).isEmpty();
        assertThat(store.activities("acme", OCTOBER)).extracting(Activity::source).isEmpty();
    }
}
