package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.SampleStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report read from a real store: the samples scored by demo, then cyberdyne (HEALTHY by the rules) overridden
 * to AT_RISK and hooli (AT_RISK, a 23-point drop) churned, so each section shows a manual change.
 */
class ReportOnSamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private SampleStore store;

    @BeforeEach
    void scoreOverrideAndChurn() {
        store = new SampleStore(folder);
        assertThat(store.demo().exitCode()).isZero();
        assertThat(store.command("override", "cyberdyne", "--band", "AT_RISK", "--note", "asked to cancel", "--by", "jane")
                .exitCode()).isZero();
        assertThat(store.command("churn", "hooli", "--note", "contract ended", "--by", "sam").exitCode()).isZero();
    }

    @Test
    void should_count_the_bands_shown_and_measure_the_target_on_active_companies_when_one_is_churned() throws Exception {
        JsonNode report = report("--target", "70");

        assertThat(counts(report.get("distribution"))).containsExactly("THRIVING 12", "HEALTHY 10", "STEADY 11",
                "AT_RISK 5", "NONE 1", "CHURNED 1");
        JsonNode target = report.get("target");
        assertThat(target.get("healthy").asInt()).isEqualTo(22);
        assertThat(target.get("active").asInt()).isEqualTo(39);
        assertThat(target.get("actual").decimalValue()).isEqualByComparingTo("56.4");
        assertThat(target.get("met").asBoolean()).isFalse();
        assertThat(target.get("companiesShort").asInt()).isEqualTo(6);
    }

    @Test
    void should_list_the_override_among_movers_and_at_risk_and_leave_the_churned_company_out_when_both_happened() throws Exception {
        JsonNode report = report();

        assertThat(report.get("moversDown").get(0).get("company").asText()).isEqualTo("cyberdyne");
        assertThat(report.get("moversDown").get(0).get("source").asText()).isEqualTo("override");
        assertThat(companies(report.get("scoreDrops"))).containsExactly("rekall");
        assertThat(companies(report.get("atRisk"))).contains("cyberdyne").doesNotContain("hooli");
        assertThat(companies(report.get("manualChanges"))).containsExactly("hooli", "cyberdyne");
        JsonNode happiness = report.get("happiness");
        assertThat(happiness.get("withFeedback").asInt() + happiness.get("noFeedback").asInt()).isEqualTo(39);
        assertThat(companies(report.get("trend"), "month")).containsExactly("2026-07", "2026-08", "2026-09", "2026-10");
    }

    @Test
    void should_write_one_html_file_when_an_output_is_given() throws Exception {
        Path html = folder.resolve("report.html");

        CliRun run = store.command("report", "--month", "2026-10", "--format", "html", "--output", html.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(html)).contains("<svg", "data-band=\"CHURNED\" data-count=\"1\"", "56.4%");
    }

    @Test
    void should_refuse_a_target_outside_0_to_100_with_a_usage_error() {
        CliRun run = store.command("report", "--month", "2026-10", "--target", "120");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("accepted: a percentage 0 to 100");
    }

    private JsonNode report(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("report", "--month", "2026-10", "--format", "json"));
        args.addAll(List.of(extra));
        CliRun run = store.command(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static List<String> counts(JsonNode distribution) {
        List<String> counts = new ArrayList<>();
        distribution.forEach(band -> counts.add(band.get("band").asText() + " " + band.get("count").asInt()));
        return counts;
    }

    private static List<String> companies(JsonNode list) {
        return companies(list, "company");
    }

    private static List<String> companies(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(entry -> values.add(entry.get(field).asText()));
        return values;
    }
}
