package io.healthscore.manual;

import static io.healthscore.assessment.Band.AT_RISK;
import static io.healthscore.assessment.Band.HEALTHY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.healthscore.HealthscoreException;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.company.ChurnedCompanyException;
import io.healthscore.company.CompanyId;
import io.healthscore.store.CompanyRepository;
import io.healthscore.store.StoreLocation;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.Repo;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.OutboxEntry;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A churned company is shown as churned from its latest assessed month on: it is left out of month runs, cannot
 * be scored or overridden, and its pending triggers are switched off, until it is reinstated. Given: acme, beta
 * and cyan are HEALTHY in August and September (their August triggers pending), and have weeks for October.
 */
class ChurnTest {
    private static final YearMonth AUGUST = YearMonth.of(2026, 8);
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path folder;

    private StatusFixture store;

    @BeforeEach
    void threeHealthyCompanies() {
        store = new StatusFixture(StoreLocation.parse(folder.resolve("store").toString()));
        for (String company : new String[] {"acme", "beta", "cyan"}) {
            store.weeks(company, AUGUST, HEALTHY);
            store.weeks(company, SEPTEMBER, HEALTHY);
            store.weeks(company, OCTOBER, HEALTHY);
        }
        store.run(AUGUST);
        store.run(SEPTEMBER);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void should_log_the_churn_and_switch_its_pending_triggers_off_when_a_company_is_churned() {
        ManualOutcome outcome = store.churn("beta");

        assertThat(outcome.silenced()).isEqualTo(3);
        assertThat(store.triggers("beta", AUGUST)).extracting(OutboxEntry::status).containsOnly(DeliveryStatus.OFF);
        assertThat(store.triggers("acme", AUGUST)).extracting(OutboxEntry::status).containsOnly(DeliveryStatus.PENDING);
        assertThat(store.activities("beta").get(0)).satisfies(churn -> {
            assertThat(churn.source()).isEqualTo(ActivitySource.CHURN);
            assertThat(churn.month()).isEqualTo(SEPTEMBER);
            assertThat(churn.from()).isEqualTo(EffectiveBand.HEALTHY);
            assertThat(churn.to()).isEqualTo(EffectiveBand.CHURNED);
            assertThat(churn.author()).isEqualTo(StatusFixture.CSM);
            assertThat(churn.note()).isEqualTo("contract ended");
            assertThat(churn.at()).isEqualTo(store.clock.instant());
        });
        assertThat(new CompanyRepository(store.database()).churn(CompanyId.of("beta"))).hasValueSatisfying(churn -> {
            assertThat(churn.month()).isEqualTo(SEPTEMBER);
            assertThat(churn.at()).isEqualTo(store.clock.instant());
        });
    }

    @Test
    void should_leave_the_company_out_of_the_next_month_run_when_it_is_churned() {
        store.churn("beta");

        var stored = store.run(OCTOBER);

        assertThat(stored).extracting(assessment -> assessment.company().value()).containsExactly("acme", "cyan");
        assertThat(store.assessed("beta", OCTOBER)).isFalse();
        assertThat(store.assessed("acme", OCTOBER)).isTrue();
    }

    @Test
    void should_refuse_to_score_it_and_name_the_undo_when_it_is_churned() {
        store.churn("beta");

        assertThatThrownBy(() -> store.score("beta", OCTOBER))
                .isInstanceOf(ChurnedCompanyException.class)
                .hasMessageContaining("healthscore churn beta --undo");
        assertThat(store.assessed("beta", OCTOBER)).isFalse();

        store.closeStore();
        CliRun score = CliRun.run(store.clock, "score", "beta", "--month", "2026-10", "--store",
                folder.resolve("store").toString(), "--rules", Repo.rules().toString());
        assertThat(score.exitCode()).isEqualTo(1);
        assertThat(score.err()).contains("company beta is churned").contains("churn beta --undo");
    }

    @Test
    void should_refuse_an_override_and_a_second_churn_when_it_is_churned() {
        store.churn("beta");

        assertThatThrownBy(() -> store.override("beta", AT_RISK, null))
                .isInstanceOf(ChurnedCompanyException.class)
                .hasMessageContaining("override its band");
        assertThatThrownBy(() -> store.churn("beta"))
                .isInstanceOf(HealthscoreException.class)
                .hasMessageContaining("company beta is churned already (since 2026-09");
        assertThat(store.overrides("beta")).isEmpty();
        assertThat(store.activities("beta")).extracting(Activity::source)
                .containsExactly(ActivitySource.CHURN, ActivitySource.AUTOMATIC);
    }

    @Test
    void should_end_its_override_when_an_overridden_company_is_churned() {
        store.override("beta", AT_RISK, null);

        store.churn("beta");

        assertThat(store.overrides("beta").get(0).endedHow()).isEqualTo("churned");
        assertThat(store.activities("beta").get(0).from()).isEqualTo(EffectiveBand.AT_RISK);
    }

    @Test
    void should_score_it_again_in_the_next_run_when_it_is_reinstated() {
        store.churn("beta");

        ManualOutcome outcome = store.reinstate("beta");
        store.run(OCTOBER);

        assertThat(outcome.activity().source()).isEqualTo(ActivitySource.REINSTATE);
        assertThat(outcome.activity().from()).isEqualTo(EffectiveBand.CHURNED);
        assertThat(outcome.activity().to()).isEqualTo(EffectiveBand.HEALTHY);
        assertThat(new CompanyRepository(store.database()).churn(CompanyId.of("beta"))).isEmpty();
        Assessment october = store.assessment("beta", OCTOBER);
        assertThat(october.effectiveBand()).isEqualTo(HEALTHY);
        assertThat(store.activities("beta")).extracting(Activity::source)
                .containsExactly(ActivitySource.REINSTATE, ActivitySource.CHURN, ActivitySource.AUTOMATIC);
        assertThatThrownBy(() -> store.reinstate("beta"))
                .isInstanceOf(HealthscoreException.class)
                .hasMessageContaining("company beta is not churned");
    }

    @Test
    void should_keep_its_logged_band_changes_when_a_month_is_run_again_after_it_churned() {
        store.churn("beta");

        store.run(AUGUST);

        assertThat(store.activities("beta", AUGUST)).extracting(Activity::source)
                .containsExactly(ActivitySource.AUTOMATIC);
        assertThat(store.assessment("beta", AUGUST).effectiveBand()).isEqualTo(HEALTHY);
    }
}
