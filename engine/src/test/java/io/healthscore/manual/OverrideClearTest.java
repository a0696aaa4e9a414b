package io.healthscore.manual;

import static io.healthscore.assessment.Band.AT_RISK;
import static io.healthscore.assessment.Band.HEALTHY;
import static io.healthscore.assessment.Band.STEADY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.healthscore.HealthscoreException;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.company.CompanyId;
import io.healthscore.store.OverrideRepository;
import io.healthscore.store.StoreLocation;
import io.healthscore.trigger.OutboxEntry;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clearing an override gives the latest month back to the rules' band and emits, marked manual, the triggers of
 * entering it that the month has not stored yet; a new override replaces the one in force. Given: acme is HEALTHY
 * by the rules in August, September and October, and September is its latest assessed month.
 */
class OverrideClearTest {
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
    void should_show_the_rules_band_again_and_end_the_override_when_it_is_cleared() {
        ManualOutcome set = store.override("acme", AT_RISK, null);

        store.clear("acme");

        Assessment september = store.assessment("acme", SEPTEMBER);
        assertThat(september.effectiveBand()).isEqualTo(HEALTHY);
        assertThat(september.standing().overrideId()).isNull();
        BandOverride cleared = new OverrideRepository(store.database()).find(set.override().id()).orElseThrow();
        assertThat(cleared.endedHow()).isEqualTo("cleared");
        assertThat(cleared.ended()).isEqualTo(store.clock.instant());
        assertThat(new OverrideRepository(store.database()).active(CompanyId.of("acme"))).isEmpty();
    }

    @Test
    void should_log_the_clear_and_emit_only_the_entering_triggers_not_stored_yet_when_an_override_is_cleared() {
        store.override("acme", AT_RISK, null);

        ManualOutcome outcome = store.clear("acme");

        // internal-notification was emitted for September by the override already
        assertThat(outcome.activity().triggers()).containsExactlyInAnyOrder("upsell-opportunity", "loyalty-offer");
        assertThat(store.activities("acme").get(0)).satisfies(clear -> {
            assertThat(clear.source()).isEqualTo(ActivitySource.CLEAR);
            assertThat(clear.month()).isEqualTo(SEPTEMBER);
            assertThat(clear.from()).isEqualTo(EffectiveBand.AT_RISK);
            assertThat(clear.to()).isEqualTo(EffectiveBand.HEALTHY);
            assertThat(clear.author()).isEqualTo(StatusFixture.CSM);
            assertThat(clear.note()).isEqualTo("call went well");
            assertThat(clear.triggers()).containsExactlyInAnyOrder("upsell-opportunity", "loyalty-offer");
        });
        assertThat(store.triggers("acme", SEPTEMBER))
                .filteredOn(entry -> entry.trigger().manual().source().equals("clear"))
                .extracting(entry -> entry.trigger().name())
                .containsExactlyInAnyOrder("upsell-opportunity", "loyalty-offer");
        assertThat(store.triggers("acme", SEPTEMBER)).extracting(OutboxEntry::id).doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void should_refuse_with_a_clear_message_when_no_override_is_in_force() {
        assertThatThrownBy(() -> store.clear("acme"))
                .isInstanceOf(HealthscoreException.class)
                .hasMessageContaining("company acme has no override in force; nothing to clear");

        store.override("acme", AT_RISK, null);
        store.clear("acme");

        assertThatThrownBy(() -> store.clear("acme"))
                .isInstanceOf(HealthscoreException.class)
                .hasMessageContaining("no override in force");
        assertThat(store.activities("acme")).extracting(Activity::source)
                .containsExactly(ActivitySource.CLEAR, ActivitySource.OVERRIDE, ActivitySource.AUTOMATIC);
    }

    @Test
    void should_end_the_first_override_as_replaced_when_a_second_one_is_set() {
        ManualOutcome first = store.override("acme", AT_RISK, null);

        ManualOutcome second = store.override("acme", STEADY, null);

        assertThat(new OverrideRepository(store.database()).find(first.override().id()).orElseThrow().endedHow())
                .isEqualTo("replaced");
        assertThat(new OverrideRepository(store.database()).active(CompanyId.of("acme")))
                .hasValueSatisfying(active -> assertThat(active.id()).isEqualTo(second.override().id()));
        Assessment september = store.assessment("acme", SEPTEMBER);
        assertThat(september.effectiveBand()).isEqualTo(STEADY);
        assertThat(september.standing().overrideId()).isEqualTo(second.override().id());
        assertThat(second.activity().from()).isEqualTo(EffectiveBand.AT_RISK);
        assertThat(second.activity().triggers()).containsExactlyInAnyOrder("support-resources-email", "engagement-email");
    }

    @Test
    void should_show_the_rules_band_in_the_covered_month_when_an_override_is_cleared_after_it_was_run() {
        store.override("acme", AT_RISK, null);
        store.run(OCTOBER);

        store.clear("acme");

        assertThat(store.assessment("acme", OCTOBER).effectiveBand()).isEqualTo(HEALTHY);
        assertThat(store.activities("acme", OCTOBER)).extracting(Activity::source).containsExactly(ActivitySource.CLEAR);
        assertThat(store.triggers("acme", OCTOBER)).extracting(entry -> entry.trigger().name())
                .containsExactlyInAnyOrder("upsell-opportunity", "loyalty-offer", "internal-notification");
    }

    @Test
    void should_log_no_expiry_when_a_month_is_run_again_after_its_override_was_cleared() {
        store.override("acme", AT_RISK, null);
        store.run(OCTOBER);
        store.clear("acme");

        store.run(OCTOBER);

        assertThat(store.assessment("acme", OCTOBER).effectiveBand()).isEqualTo(HEALTHY);
        assertThat(store.activities("acme", OCTOBER)).extracting(Activity::source)
                .doesNotContain(ActivitySource.EXPIRY);
        assertThat(store.overrides("acme").get(0).endedHow()).isEqualTo("cleared");
    }
}
