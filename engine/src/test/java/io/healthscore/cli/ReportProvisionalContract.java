package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SettableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a month scored to date says so and marks each company listed on a provisional score; the report of
 * the month before warns of the companies the month to date shows At Risk; on the embedded store and on PostgreSQL.
 * October is run; November is scored to date on its first week on 5 November, and acme again on two weeks on the
 * 12th: acme HEALTHY 65 to AT_RISK 20, globex THRIVING 80 to HEALTHY 60, initech AT_RISK 20 to 10, and umbrella,
 * without data in October (NONE), AT_RISK 15.
 */
abstract class ReportProvisionalContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final SettableClock clock = SettableClock.at("2026-11-02T07:00:00Z");
    private String store;
    private RulesFolder rules;

    abstract String createStore(Path folder);

    abstract void dropStore(String store);

    @BeforeEach
    void runOctoberAndScoreNovemberToDate() {
        store = createStore(folder);
        rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
        List<String> lines = new ArrayList<>();
        october(lines, "acme", "70", "60");
        october(lines, "globex", "80", "80");
        october(lines, "initech", "20", "20");
        november(lines, "acme", "20");
        november(lines, "globex", "60");
        november(lines, "initech", "10");
        november(lines, "umbrella", "15");
        succeeded(cli("ingest", InputFile.lines(folder, "metrics.jsonl", lines.toArray(String[]::new)).toString()));
        succeeded(cli("run", "--month", "2026-10"));
        clock.set(Instant.parse("2026-11-05T07:00:00Z"));
        succeeded(cli("run", "--provisional"));
        clock.set(Instant.parse("2026-11-12T07:00:00Z"));
        succeeded(cli("score", "acme", "--provisional"));
    }

    @AfterEach
    void drop() {
        dropStore(store);
    }

    @Test
    void should_say_how_much_is_scored_to_date_and_mark_each_company_when_the_month_is_not_run_yet() {
        List<String> report = succeeded(cli("report", "--month", "2026-11")).outLines();

        assertThat(report.get(2)).isEqualTo("Provisional: 4 of 4 companies are scored to date, 1 on 2 of 5 weeks"
                + " and 3 on 1 of 5 weeks; the month is not run yet");
        assertThat(section(report, "At risk")).anySatisfy(line -> assertThat(line)
                .startsWith("  acme ").endsWith("provisional (2 of 5 weeks)"))
                .anySatisfy(line -> assertThat(line).startsWith("  initech ").endsWith("provisional (1 of 5 weeks)"))
                .anySatisfy(line -> assertThat(line).startsWith("  umbrella ").endsWith("provisional (1 of 5 weeks)"));
        assertThat(section(report, "Movers down")).anySatisfy(line -> assertThat(line)
                .startsWith("  globex ").contains("THRIVING -> HEALTHY").endsWith("provisional (1 of 5 weeks)"));
        assertThat(section(report, "Score drops (15 points or more)")).anySatisfy(line -> assertThat(line)
                .startsWith("  globex ").contains("80 -> 60").endsWith("provisional (1 of 5 weeks)"));
        assertThat(report).noneMatch(line -> line.startsWith("Early warning"));
    }

    @Test
    void should_give_the_provisional_share_and_each_company_its_weeks_when_the_json_report_is_scored_to_date()
            throws IOException {
        JsonNode report = json(cli("report", "--month", "2026-11", "--format", "json"));

        JsonNode provisional = report.path("provisional");
        assertThat(provisional.path("companies").asInt()).isEqualTo(4);
        assertThat(provisional.path("assessed").asInt()).isZero();
        assertThat(provisional.path("byWeeks")).extracting(used -> used.path("weeks").asInt() + "/"
                + used.path("weeksInMonth").asInt() + ": " + used.path("companies").asInt())
                .containsExactly("2/5: 1", "1/5: 3");
        assertThat(report.path("atRisk")).extracting(company -> company.path("company").asText() + " "
                + company.path("provisional").path("weeks").asInt() + " of "
                + company.path("provisional").path("weeksInMonth").asInt())
                .containsExactlyInAnyOrder("acme 2 of 5", "initech 1 of 5", "umbrella 1 of 5");
        assertThat(report.path("moversDown")).extracting(mover -> mover.path("company").asText() + " "
                + mover.path("provisional").path("weeks").asInt()).containsExactly("acme 2", "globex 1");
        assertThat(report.path("scoreDrops").get(0).path("provisional").path("weeksInMonth").asInt()).isEqualTo(5);
        assertThat(report.has("earlyWarning")).isFalse();
    }

    @Test
    void should_warn_of_the_companies_at_risk_to_date_next_month_when_the_default_month_is_reported() throws IOException {
        List<String> report = succeeded(cli("report")).outLines();

        assertThat(report.get(0)).startsWith("Portfolio health 2026-10 ");
        assertThat(report).noneMatch(line -> line.startsWith("Provisional:"));
        assertThat(section(report, "At risk")).noneMatch(line -> line.contains("provisional"));
        List<String> warnings = section(report, "Early warning: scored to date in 2026-11");
        assertThat(warnings).hasSize(3);
        assertThat(warnings.get(0)).contains("company", "score", "band", "weeks used", "band in 2026-10");
        assertThat(warnings.get(1).split(" +")).containsExactly("", "umbrella", "-", "-", "15", "AT_RISK", "1", "of",
                "5", "weeks", "NONE");
        assertThat(warnings.get(2).split(" +")).containsExactly("", "acme", "-", "-", "20", "AT_RISK", "2", "of", "5",
                "weeks", "HEALTHY");

        JsonNode early = json(cli("report", "--format", "json")).path("earlyWarning");
        assertThat(early.path("month").asText()).isEqualTo("2026-11");
        assertThat(early.path("companies")).extracting(company -> company.path("company").asText() + " "
                + company.path("score").asInt() + " " + company.path("band").asText() + " "
                + company.path("provisional").path("weeks").asInt() + " " + company.path("reportedBand").asText())
                .containsExactly("umbrella 15 AT_RISK 1 NONE", "acme 20 AT_RISK 2 HEALTHY");
    }

    @Test
    void should_mark_the_html_report_when_the_month_is_scored_to_date() {
        String november = succeeded(cli("report", "--month", "2026-11", "--format", "html")).out();
        String october = succeeded(cli("report", "--month", "2026-10", "--format", "html")).out();

        assertThat(november).contains("<p class=\"provisional-note\">Provisional: 4 of 4 companies are scored to date,"
                + " 1 on 2 of 5 weeks and 3 on 1 of 5 weeks; the month is not run yet</p>",
                "<span class=\"company\">acme</span><span class=\"provisional\">provisional (2 of 5 weeks)</span>")
                .doesNotContain("id=\"early-warning\"");
        assertThat(october).contains("<section id=\"early-warning\">",
                "<h2>Early warning: scored to date in 2026-11</h2>", "<th>Band in 2026-10</th>")
                .doesNotContain("<p class=\"provisional-note\">", "<span class=\"provisional\">");
    }

    @Test
    void should_show_neither_mark_nor_warning_when_the_month_is_run() throws IOException {
        clock.set(Instant.parse("2026-12-02T07:00:00Z"));
        succeeded(cli("run", "--month", "2026-11"));

        String november = succeeded(cli("report", "--month", "2026-11")).out();
        JsonNode json = json(cli("report", "--month", "2026-11", "--format", "json"));
        String october = succeeded(cli("report", "--month", "2026-10")).out();

        assertThat(november).doesNotContain("rovisional");
        assertThat(json.has("provisional")).isFalse();
        assertThat(json.path("atRisk")).isNotEmpty().noneMatch(company -> company.has("provisional"));
        assertThat(october).doesNotContain("Early warning");
    }

    private static void october(List<String> lines, String company, String login, String adoption) {
        for (String monday : List.of("2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19")) {
            lines.add(CliStore.week(company, monday, login, adoption, null));
        }
    }

    /** The two weeks of November complete by the 12th, both at {@code level}. */
    private static void november(List<String> lines, String company, String level) {
        for (String monday : List.of("2026-10-26", "2026-11-02")) {
            lines.add(CliStore.week(company, monday, level, level, null));
        }
    }

    /** The lines under a section title, up to the next blank line. */
    private static List<String> section(List<String> report, String title) {
        int start = report.indexOf(title);
        assertThat(start).as("section '%s' in %s", title, report).isNotNegative();
        List<String> body = new ArrayList<>();
        for (int i = start + 1; i < report.size() && !report.get(i).isEmpty(); i++) {
            body.add(report.get(i));
        }
        return body;
    }

    private CliRun cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", store));
        if (!"report".equals(args[0])) {
            all.addAll(List.of("--rules", rules.path().toString(),
                    "--triggers-file", folder.resolve("triggers.jsonl").toString(), "--threads", "2"));
        }
        return CliRun.run(clock, all.toArray(String[]::new));
    }

    private static JsonNode json(CliRun run) throws IOException {
        return JSON.readTree(succeeded(run).out());
    }

    private static CliRun succeeded(CliRun run) {
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
        return run;
    }
}
