package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.SampleStore;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** override, churn, history and companies on the samples, as a CSM uses them. */
class ManualCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private SampleStore store;

    @BeforeEach
    void scoreTheSamples() {
        store = new SampleStore(folder);
        assertThat(store.demo().exitCode()).isZero();
    }

    @Test
    void should_show_the_pinned_band_beside_the_rules_one_when_a_company_is_overridden() throws Exception {
        CliRun override = store.command("override", "cyberdyne", "--band", "at_risk", "--note", "asked to cancel", "--by", "jane");

        assertThat(override.exitCode()).as(override.err()).isZero();
        assertThat(override.out()).contains("override cyberdyne 2026-10: HEALTHY -> AT_RISK by jane: asked to cancel (until 2026-11)")
                .contains("triggers emitted (manual): outreach-email, follow-up-task, internal-notification");
        CliRun history = store.command("history", "cyberdyne");
        assertThat(history.outLines()).anySatisfy(line -> assertThat(line).startsWith("2026-10").contains("HEALTHY   AT_RISK*"));
        assertThat(history.out()).contains("override   jane").contains("HEALTHY -> AT_RISK");
        assertThat(store.command("companies", "--band", "AT_RISK").out()).contains("cyberdyne").contains("HEALTHY   AT_RISK (override 1)");
        JsonNode json = JSON.readTree(store.command("history", "cyberdyne", "--json").out());
        assertThat(json.get("assessments").get(0).get("band").asText()).isEqualTo("HEALTHY");
        assertThat(json.get("assessments").get(0).get("effectiveBand").asText()).isEqualTo("AT_RISK");
        assertThat(json.get("activities").get(0).get("manual").asBoolean()).isTrue();
        assertThat(json.get("override").get("until").asText()).isEqualTo("2026-11");
    }

    @Test
    void should_mark_the_triggers_of_an_override_as_manual_in_the_triggers_file() throws Exception {
        store.command("override", "cyberdyne", "--band", "AT_RISK", "--note", "asked to cancel", "--by", "jane");

        JsonNode event = java.nio.file.Files.readAllLines(store.triggersFile()).stream()
                .filter(line -> line.contains("\"cyberdyne/2026-10/outreach-email\"")).map(this::parse).findFirst().orElseThrow();
        assertThat(event.get("manual").asBoolean()).isTrue();
        assertThat(event.get("change").get("by").asText()).isEqualTo("jane");
        assertThat(event.get("band").asText()).isEqualTo("AT_RISK");
        assertThat(event.get("previousBand").asText()).isEqualTo("HEALTHY");
    }

    @Test
    void should_list_a_churned_company_as_churned_and_refuse_to_score_it_when_it_is_churned() {
        CliRun churn = store.command("churn", "hooli", "--note", "contract ended", "--by", "sam");

        assertThat(churn.exitCode()).as(churn.err()).isZero();
        assertThat(store.command("companies", "--band", "CHURNED").out()).contains("hooli").contains("1 companies");
        CliRun score = store.command("score", "hooli", "--month", "2026-10");
        assertThat(score.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(score.err()).contains("company hooli is churned").contains("healthscore churn hooli --undo");
        assertThat(store.command("churn", "hooli", "--undo").exitCode()).isZero();
        assertThat(store.command("companies", "--band", "CHURNED").out()).doesNotContain("hooli");
    }

    @Test
    void should_filter_the_list_by_segment_and_band_when_both_are_given() {
        CliRun list = store.command("companies", "--band", "AT_RISK", "--segment", "enterprise", "--month", "2026-10");

        assertThat(list.out()).contains("black_mesa", "hooli", "umbrella").doesNotContain("rekall", "cogswell")
                .contains("3 companies, 2026-10");
    }

    @Test
    void should_refuse_with_a_usage_error_when_the_note_or_band_is_missing_or_wrong() {
        assertThat(store.command("override", "acme", "--band", "AT_RISK").err()).contains("--note is required");
        assertThat(store.command("override", "acme", "--band", "NONE", "--note", "x").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(store.command("override", "acme", "--band", "CHURNED", "--note", "x").err())
                .contains("healthscore churn COMPANY --note TEXT");
        assertThat(store.command("companies", "--band", "GREEN").err()).contains("accepted: THRIVING, HEALTHY, STEADY, AT_RISK, NONE, CHURNED");
        CliRun clear = store.command("override", "acme", "--clear");
        assertThat(clear.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(clear.err()).contains("has no override in force");
    }

    private JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
