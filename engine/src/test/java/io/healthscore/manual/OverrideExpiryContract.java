package io.healthscore.manual;

import static io.healthscore.assessment.Band.AT_RISK;
import static io.healthscore.assessment.Band.HEALTHY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.healthscore.HealthscoreException;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.store.StoreLocation;
import io.healthscore.trigger.OutboxEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An override holds through its until month (by default the month after the one it starts in); the first month
 * scored after it shows the rules' band again, marks it expired and logs that, and the rules see the band the
 * company was shown in, so entering the rules' band fires its triggers. Given: acme is HEALTHY by the rules every
 * month, and its September is overridden to AT_RISK. Runs on SQLite and on PostgreSQL.
 */
abstract class OverrideExpiryContract {
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    static final YearMonth JANUARY = YearMonth.of(2027, 1);

    @TempDir
    Path scratch;

    private StoreLocation location;
    private StatusFixture store;

    abstract StoreLocation create(Path scratch);

    abstract void drop(StoreLocation location);

    @BeforeEach
    void healthyEveryMonth() {
        location = create(scratch);
        store = new StatusFixture(location);
        for (YearMonth month = SEPTEMBER; !month.isAfter(JANUARY); month = month.plusMonths(1)) {
            store.weeks("acme", month, HEALTHY);
        }
        store.run(SEPTEMBER);
    }

    @AfterEach
    void closeAndDropStore() {
        store.close();
        drop(location);
    }

    @Test
    void should_show_the_rules_band_again_and_mark_the_override_expired_when_the_month_after_until_is_run() {
        store.override("acme", AT_RISK, null);
        store.run(OCTOBER);

        store.run(NOVEMBER);
        Instant expiredAt = store.clock.instant();

        Assessment november = store.assessment("acme", NOVEMBER);
        assertThat(november.effectiveBand()).isEqualTo(HEALTHY);
        assertThat(november.standing().overrideId()).isNull();
        assertThat(store.assessment("acme", OCTOBER).effectiveBand()).isEqualTo(AT_RISK);
        BandOverride override = store.overrides("acme").get(0);
        assertThat(override.endedHow()).isEqualTo("expired");
        assertThat(override.ended()).isEqualTo(expiredAt);
    }

    @Test
    void should_log_one_expiry_and_emit_the_entering_triggers_unmarked_when_the_override_expires() {
        store.override("acme", AT_RISK, null);
        store.run(OCTOBER);

        store.run(NOVEMBER);
        store.run(NOVEMBER);

        assertThat(store.activities("acme", NOVEMBER)).singleElement().satisfies(expiry -> {
            assertThat(expiry.source()).isEqualTo(ActivitySource.EXPIRY);
            assertThat(expiry.from()).isEqualTo(EffectiveBand.AT_RISK);
            assertThat(expiry.to()).isEqualTo(EffectiveBand.HEALTHY);
            assertThat(expiry.author()).isEqualTo(Activity.ENGINE);
            assertThat(expiry.note()).contains("expired");
        });
        assertThat(store.triggers("acme", NOVEMBER)).extracting(entry -> entry.trigger().name())
                .containsExactlyInAnyOrder("upsell-opportunity", "loyalty-offer", "internal-notification");
        assertThat(store.triggers("acme", NOVEMBER)).extracting(entry -> entry.trigger().manual()).containsOnlyNulls();
        assertThat(store.activities("acme", OCTOBER)).as("a covered month logs nothing").isEmpty();
    }

    @Test
    void should_hold_the_pinned_band_through_until_when_an_until_is_given() {
        ManualOutcome outcome = store.override("acme", AT_RISK, DECEMBER);

        store.run(OCTOBER);
        store.run(NOVEMBER);
        store.run(DECEMBER);

        assertThat(outcome.override().until()).isEqualTo(DECEMBER);
        for (YearMonth month : new YearMonth[] {OCTOBER, NOVEMBER, DECEMBER}) {
            assertThat(store.assessment("acme", month).effectiveBand()).as(month.toString()).isEqualTo(AT_RISK);
            assertThat(store.triggers("acme", month)).as(month.toString()).isEmpty();
        }
        assertThat(store.overrides("acme").get(0).endedHow()).isNull();

        store.run(JANUARY);

        assertThat(store.assessment("acme", JANUARY).effectiveBand()).isEqualTo(HEALTHY);
        assertThat(store.overrides("acme").get(0).endedHow()).isEqualTo("expired");
        assertThat(store.activities("acme", JANUARY)).extracting(Activity::source).containsExactly(ActivitySource.EXPIRY);
    }

    @Test
    void should_refuse_naming_the_accepted_months_when_until_is_before_the_latest_assessed_month() {
        assertThatThrownBy(() -> store.override("acme", AT_RISK, YearMonth.of(2026, 8)))
                .isInstanceOf(HealthscoreException.class)
                .hasMessageContaining("2026-08")
                .hasMessageContaining("accepted: 2026-09 or later");

        assertThat(store.overrides("acme")).isEmpty();
        assertThat(store.assessment("acme", SEPTEMBER).effectiveBand()).isEqualTo(HEALTHY);
        assertThat(store.activities("acme")).extracting(Activity::source).containsExactly(ActivitySource.AUTOMATIC);
    }

    @Test
    void should_keep_the_expired_override_band_when_a_month_it_covered_is_run_again() {
        store.override("acme", AT_RISK, null);
        store.run(OCTOBER);
        store.run(NOVEMBER);

        store.run(OCTOBER);

        assertThat(store.assessment("acme", OCTOBER).effectiveBand()).isEqualTo(AT_RISK);
        assertThat(store.triggers("acme", OCTOBER)).extracting(OutboxEntry::id).isEmpty();
        assertThat(store.activities("acme", OCTOBER)).isEmpty();
    }
}
