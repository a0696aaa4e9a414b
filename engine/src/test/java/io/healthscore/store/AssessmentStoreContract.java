package io.healthscore.store;

import static io.healthscore.store.Assessments.assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Previous;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract 3 and 4: one assessment per company and month (scoring again replaces it); a trigger exists at most
 * once per company, month and name; {@code save} returns only the triggers emitted now, stored in the same
 * transaction as the assessments.
 */
abstract class AssessmentStoreContract extends StoreContract {
    private static final String ASSESSMENT = """
            SELECT score, band, previous_band, previous_score, weeks, login, adoption, nps, score_change, rules_hash
            FROM assessments WHERE company_id = ? AND year_month = ?""";

    private AssessmentRepository assessments;

    AssessmentStoreContract(TestStore kind) {
        super(kind);
    }

    @BeforeEach
    void knowAcmeAndBeta() {
        knownCompanies("acme", "beta");
        assessments = new AssessmentRepository(database);
    }

    @Test
    void should_store_one_assessment_per_company_and_month_when_months_and_companies_differ() {
        assessments.save(List.of(assessment("acme", "2026-09", 40, Band.STEADY),
                assessment("acme", "2026-10", 63, Band.HEALTHY, new Previous(Band.STEADY, 40)),
                assessment("beta", "2026-10", null, Band.NONE)), NOW);

        assertThat(count("SELECT COUNT(*) FROM assessments")).isEqualTo(3);
        assertThat(rows(ASSESSMENT, "acme", "2026-10")).containsExactly(
                List.of("63", "HEALTHY", "STEADY", "40", "4", "70.25", "55.00", "12.50", "23", Assessments.RULES_HASH));
        assertThat(rows(ASSESSMENT, "beta", "2026-10")).containsExactly(
                Arrays.asList(null, "NONE", "NONE", null, "0", null, null, null, null, Assessments.RULES_HASH));
    }

    @Test
    void should_replace_the_assessment_when_the_same_company_and_month_is_saved_again() {
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, new Previous(Band.STEADY, 40))), NOW);

        assessments.save(List.of(assessment("acme", "2026-10", 20, Band.AT_RISK, new Previous(Band.THRIVING, 90))),
                NOW.plusSeconds(60));

        assertThat(count("SELECT COUNT(*) FROM assessments")).isEqualTo(1);
        assertThat(rows(ASSESSMENT, "acme", "2026-10")).containsExactly(
                List.of("20", "AT_RISK", "THRIVING", "90", "4", "70.25", "55.00", "12.50", "-70",
                        Assessments.RULES_HASH));
        assertThat(instant("SELECT assessed_at FROM assessments")).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void should_return_every_trigger_when_none_was_emitted_before() {
        List<Assessment> saved = assessments.save(List.of(
                assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity", "loyalty-offer",
                        "internal-notification"),
                assessment("beta", "2026-10", 20, Band.AT_RISK, "outreach-email")), NOW);

        assertThat(saved).extracting(Assessment::triggers).containsExactly(
                List.of("upsell-opportunity", "loyalty-offer", "internal-notification"), List.of("outreach-email"));
        assertThat(count("SELECT COUNT(*) FROM triggers")).isEqualTo(4);
    }

    @Test
    void should_return_no_trigger_and_store_none_again_when_the_same_assessment_is_saved_again() {
        Assessment acme = assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity", "loyalty-offer");
        assessments.save(List.of(acme), NOW);

        List<Assessment> again = assessments.save(List.of(acme), NOW.plusSeconds(60));

        assertThat(again).singleElement().satisfies(assessment -> {
            assertThat(assessment.triggers()).isEmpty();
            assertThat(assessment.withTriggers(acme.triggers())).isEqualTo(acme);
        });
        assertThat(rows("SELECT name, emitted_at FROM triggers ORDER BY name")).extracting(row -> row.get(0))
                .containsExactly("loyalty-offer", "upsell-opportunity");
        assertThat(instant("SELECT MAX(emitted_at) FROM triggers")).isEqualTo(NOW);
    }

    @Test
    void should_return_only_the_new_triggers_when_a_rescore_asks_for_old_and_new_ones() {
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity", "loyalty-offer"),
                assessment("beta", "2026-10", 40, Band.STEADY, "engagement-email")), NOW);

        List<Assessment> rescored = assessments.save(List.of(
                assessment("acme", "2026-10", 20, Band.AT_RISK, "outreach-email", "upsell-opportunity",
                        "follow-up-task"),
                assessment("beta", "2026-10", 40, Band.STEADY, "engagement-email")), NOW.plusSeconds(60));

        assertThat(rescored).extracting(Assessment::triggers).containsExactly(
                List.of("outreach-email", "follow-up-task"), List.of());
        assertThat(count("SELECT COUNT(*) FROM triggers WHERE company_id = 'acme'")).isEqualTo(4);
    }

    @Test
    void should_keep_the_first_emission_when_a_trigger_is_asked_for_again() {
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "internal-notification")), NOW);

        assessments.save(List.of(assessment("acme", "2026-10", 20, Band.AT_RISK, "internal-notification")),
                NOW.plusSeconds(60));

        assertThat(rows("SELECT band, score FROM triggers")).containsExactly(List.of("HEALTHY", "63"));
        assertThat(instant("SELECT emitted_at FROM triggers")).isEqualTo(NOW);
    }

    @Test
    void should_emit_the_same_trigger_name_again_when_month_or_company_differs() {
        assessments.save(List.of(assessment("acme", "2026-09", 20, Band.AT_RISK, "outreach-email")), NOW);

        List<Assessment> saved = assessments.save(List.of(
                assessment("acme", "2026-10", 20, Band.AT_RISK, "outreach-email"),
                assessment("beta", "2026-09", 20, Band.AT_RISK, "outreach-email")), NOW);

        assertThat(saved).extracting(Assessment::triggers)
                .containsExactly(List.of("outreach-email"), List.of("outreach-email"));
        assertThat(count("SELECT COUNT(*) FROM triggers WHERE name = 'outreach-email'")).isEqualTo(3);
    }

    @Test
    void should_store_neither_assessments_nor_triggers_when_one_trigger_of_the_batch_cannot_be_stored() {
        assessments.save(List.of(assessment("acme", "2026-10", 80, Band.THRIVING, "case-study-request")), NOW);
        String tooLong = "x".repeat(101);

        assertThatThrownBy(() -> assessments.save(List.of(
                assessment("acme", "2026-10", 20, Band.AT_RISK, "outreach-email"),
                assessment("beta", "2026-10", 40, Band.STEADY, "engagement-email", tooLong)), NOW.plusSeconds(60)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(location.display());

        assertThat(rows("SELECT company_id, score, band FROM assessments"))
                .containsExactly(List.of("acme", "80", "THRIVING"));
        assertThat(rows("SELECT company_id, name FROM triggers"))
                .containsExactly(List.of("acme", "case-study-request"));
    }

    @Test
    void should_store_nothing_when_an_assessment_names_an_unknown_company() {
        assertThatThrownBy(() -> assessments.save(List.of(
                assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity"),
                assessment("gamma", "2026-10", 63, Band.HEALTHY, "upsell-opportunity")), NOW))
                .isInstanceOf(StoreException.class);

        assertThat(count("SELECT COUNT(*) FROM assessments")).isZero();
        assertThat(count("SELECT COUNT(*) FROM triggers")).isZero();
    }
}
