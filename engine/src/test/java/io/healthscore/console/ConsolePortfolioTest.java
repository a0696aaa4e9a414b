package io.healthscore.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.RunningService;
import io.healthscore.testhelper.SampleStore;
import io.healthscore.users.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio page has the figures of 'healthscore report' for the same month of the same data. */
class ConsolePortfolioTest {
    @TempDir
    static Path serveFolder;
    @TempDir
    static Path cliFolder;
    static RunningService service;
    static JsonNode report;

    @BeforeAll
    static void start() throws Exception {
        service = ConsoleService.start(serveFolder);
        SampleStore store = new SampleStore(cliFolder.resolve("store"));
        assertThat(store.ingestSamples().exitCode()).isZero();
        for (String month : RunningService.MONTHS) {
            assertThat(store.run(month, false).exitCode()).isZero();
        }
        CliRun json = store.command("report", "--month", "2026-10", "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        report = new ObjectMapper().readTree(json.out());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void should_show_the_distribution_target_and_movers_of_the_report() {
        Document page = ConsoleClient.signedIn(service, Role.VIEWER).get("/?month=2026-10").document();

        assertThat(report.get("moversUp").size() + report.get("moversDown").size()).isPositive();
        List<String> distribution = new ArrayList<>();
        report.get("distribution").forEach(band -> distribution.add(band.get("count").asText() + " "
                + band.get("percent").asText() + "%"));
        assertThat(page.select("#distribution-table tbody tr td.num").eachText())
                .containsExactlyElementsOf(pairs(distribution));
        assertThat(page.select(".target .actual").text()).isEqualTo(report.get("target").get("actual").asText() + "%");
        assertThat(page.select(".target").attr("data-met")).isEqualTo(report.get("target").get("met").asText());
        assertThat(companies(page, "#movers-up")).containsExactlyElementsOf(companies(report.get("moversUp")));
        assertThat(companies(page, "#movers-down")).containsExactlyElementsOf(companies(report.get("moversDown")));
    }

    /** "12 30.0%" as the table's two cells, count then share. */
    private static List<String> pairs(List<String> shares) {
        return shares.stream().flatMap(share -> List.of(share.split(" ")).stream()).toList();
    }

    private static List<String> companies(Document page, String table) {
        return page.select(table + " tbody tr td:first-child span.muted").eachText();
    }

    private static List<String> companies(JsonNode movers) {
        List<String> ids = new ArrayList<>();
        movers.forEach(mover -> ids.add(mover.get("company").asText()));
        return ids;
    }
}
