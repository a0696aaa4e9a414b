package io.healthscore.cli;

import static io.healthscore.testhelper.CliStore.of;
import static io.healthscore.testhelper.CliStore.triggers;
import static io.healthscore.testhelper.CliStore.week;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.SettableClock;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract 3: a trigger is identified by (company, month, trigger name) and emitted at most once, however often
 * the month is run or the company re-scored; the JSON {@code triggers} list and the triggers file show each once.
 */
class TriggerAtMostOnceTest {
    private static final List<String> ENTERING_HEALTHY =
            List.of("upsell-opportunity", "loyalty-offer", "internal-notification");
    private static final List<String> ENTERING_AT_RISK =
            List.of("outreach-email", "follow-up-task", "internal-notification");

    @TempDir
    Path folder;

    private CliStore store;

    @BeforeEach
    void ingest_october() {
        store = new CliStore(folder, SettableClock.at("2026-11-03T09:00:00Z"));
        store.ingest(
                week("acme", "2026-10-05", "60", "60", null),  // HEALTHY
                week("beta", "2026-10-05", "20", "20", null),  // AT_RISK
                week("gamma", "2026-10-05", "60", "60", null)); // HEALTHY, like acme
    }

    @Test
    void should_emit_each_company_s_triggers_when_a_month_is_run_the_first_time() {
        List<JsonNode> run = store.run("2026-10");

        assertThat(triggers(of(run, "acme"))).containsExactlyInAnyOrderElementsOf(ENTERING_HEALTHY);
        assertThat(triggers(of(run, "beta"))).containsExactlyInAnyOrderElementsOf(ENTERING_AT_RISK);
        assertThat(triggers(of(run, "gamma"))).containsExactlyInAnyOrderElementsOf(ENTERING_HEALTHY);
        assertThat(delivered()).containsExactlyInAnyOrder(
                "acme/2026-10/upsell-opportunity", "acme/2026-10/loyalty-offer", "acme/2026-10/internal-notification",
                "beta/2026-10/outreach-email", "beta/2026-10/follow-up-task", "beta/2026-10/internal-notification",
                "gamma/2026-10/upsell-opportunity", "gamma/2026-10/loyalty-offer", "gamma/2026-10/internal-notification");
    }

    @Test
    void should_emit_nothing_when_a_month_is_run_again() {
        store.run("2026-10");
        List<String> afterFirstRun = delivered();

        List<JsonNode> rerun = store.run("2026-10");

        assertThat(rerun).hasSize(3).allSatisfy(assessment -> {
            assertThat(assessment.get("triggers").isArray()).isTrue();
            assertThat(triggers(assessment)).isEmpty();
        });
        assertThat(delivered()).isEqualTo(afterFirstRun);
    }

    @Test
    void should_emit_nothing_already_emitted_when_a_company_is_scored_after_a_run() {
        store.run("2026-10");
        List<String> afterRun = delivered();

        JsonNode rescored = store.score("acme", "2026-10");

        assertThat(triggers(rescored)).isEmpty();
        assertThat(delivered()).isEqualTo(afterRun);
    }

    @Test
    void should_emit_nothing_already_emitted_when_a_month_is_run_after_a_company_was_scored() {
        JsonNode scored = store.score("acme", "2026-10");

        List<JsonNode> run = store.run("2026-10");

        assertThat(triggers(scored)).containsExactlyInAnyOrderElementsOf(ENTERING_HEALTHY);
        assertThat(triggers(of(run, "acme"))).isEmpty();
        assertThat(triggers(of(run, "beta"))).containsExactlyInAnyOrderElementsOf(ENTERING_AT_RISK);
        assertThat(delivered()).filteredOn(id -> id.startsWith("acme/")).hasSize(3);
    }

    @Test
    void should_write_each_trigger_once_to_the_triggers_file_when_a_month_is_run_and_scored_repeatedly() {
        store.run("2026-10");
        store.score("acme", "2026-10");
        store.run("2026-10");
        store.score("beta", "2026-10");
        store.score("acme", "2026-10");
        store.run("2026-10");

        List<JsonNode> lines = store.deliveredTriggers();

        assertThat(lines).hasSize(9);
        assertThat(lines).extracting(line -> line.path("company").asText() + "/" + line.path("month").asText() + "/"
                + line.path("trigger").asText()).doesNotHaveDuplicates();
    }

    @Test
    void should_emit_only_the_new_band_triggers_when_a_correction_changes_the_band_on_a_re_run() {
        store.run("2026-10");
        store.ingest(week("acme", "2026-10-05", "90", "90", null));  // correction: HEALTHY -> THRIVING

        JsonNode corrected = of(store.run("2026-10"), "acme");
        JsonNode again = of(store.run("2026-10"), "acme");

        assertThat(corrected.path("band").asText()).isEqualTo("THRIVING");
        // internal-notification for acme/2026-10 was emitted by the first run: not again
        assertThat(triggers(corrected)).containsExactlyInAnyOrder("case-study-request", "referral-request");
        assertThat(triggers(again)).isEmpty();
        assertThat(delivered()).filteredOn(id -> id.startsWith("acme/")).containsExactlyInAnyOrder(
                "acme/2026-10/upsell-opportunity", "acme/2026-10/loyalty-offer", "acme/2026-10/internal-notification",
                "acme/2026-10/case-study-request", "acme/2026-10/referral-request");
    }

    @Test
    void should_emit_nothing_when_a_correction_moves_back_to_a_band_already_entered_that_month() {
        store.run("2026-10");
        store.ingest(week("acme", "2026-10-05", "90", "90", null));
        store.run("2026-10");
        store.ingest(week("acme", "2026-10-05", "60", "60", null));  // back to HEALTHY

        JsonNode back = of(store.run("2026-10"), "acme");

        assertThat(back.path("band").asText()).isEqualTo("HEALTHY");
        assertThat(triggers(back)).isEmpty();
        assertThat(delivered()).filteredOn(id -> id.startsWith("acme/")).hasSize(5);
    }

    @Test
    void should_emit_a_trigger_again_when_it_is_for_another_month() {
        store.ingest(
                week("acme", "2026-11-02", "40", "40", null),  // STEADY in November
                week("acme", "2026-11-30", "60", "60", null)); // HEALTHY again in December (Sunday 2026-12-06)
        store.run("2026-10");
        store.run("2026-11");

        JsonNode december = of(store.run("2026-12"), "acme");

        assertThat(triggers(december)).containsExactlyInAnyOrderElementsOf(ENTERING_HEALTHY);
        assertThat(delivered()).contains("acme/2026-10/upsell-opportunity", "acme/2026-12/upsell-opportunity");
    }

    @Test
    void should_emit_nothing_when_a_month_with_a_drop_alert_is_run_again() {
        store.ingest(week("acme", "2026-11-02", "40", "40", null));  // 60 -> 40: STEADY and a 20-point drop
        store.run("2026-10");

        JsonNode november = of(store.run("2026-11"), "acme");
        JsonNode rerun = of(store.run("2026-11"), "acme");

        assertThat(triggers(november)).containsExactlyInAnyOrder(
                "support-resources-email", "engagement-email", "internal-notification", "score-drop-alert");
        assertThat(triggers(rerun)).isEmpty();
    }

    /** The triggers file as company/month/trigger, one entry per line, in file order. */
    private List<String> delivered() {
        return store.deliveredTriggers().stream()
                .map(line -> line.path("company").asText() + "/" + line.path("month").asText() + "/"
                        + line.path("trigger").asText())
                .toList();
    }
}
