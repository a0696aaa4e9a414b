package io.healthscore.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.report.Portfolio;
import io.healthscore.store.Database;
import io.healthscore.store.StoreLocation;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.RunningService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /metrics} of a real serve on the samples' four months, checked against what the commands read from the
 * same store: the companies list, the outbox listing and the run list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MetricsContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RunningService running;
    private String store;

    /** The store to run on: a folder under {@code folder} or a PostgreSQL URL. */
    abstract String store(Path folder);

    @BeforeAll
    void start(@TempDir Path folder) {
        store = store(folder);
        running = RunningService.onSamples(folder, store);
    }

    /** Removes the store once the service is stopped (PostgreSQL: its database). */
    void removeStore() {
    }

    @AfterAll
    void stop() {
        if (running != null) {
            running.close();
        }
        removeStore();
    }

    @Test
    void should_show_the_companies_lists_count_per_band_when_scraped() throws Exception {
        List<JsonNode> companies = cli("companies", "--json");
        String latest = companies.get(0).get("month").asText();
        Map<String, Long> listed = companies.stream()
                .collect(Collectors.groupingBy(company -> company.get("effectiveBand").asText().toLowerCase(Locale.ROOT),
                        TreeMap::new, Collectors.counting()));

        Exposition metrics = scrape();

        Map<String, Long> shown = nonZero(metrics.by("healthscore_companies", "band"));
        assertThat(shown).isEqualTo(listed);
        assertThat(listed.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(10);
        assertThat(metrics.named("healthscore_companies")).allSatisfy(sample ->
                assertThat(sample.labels()).containsEntry("month", latest));
        assertThat(latest).isGreaterThanOrEqualTo(RunningService.MONTHS.get(RunningService.MONTHS.size() - 1));
    }

    @Test
    void should_count_a_months_bands_in_one_query_as_the_companies_list_does() {
        Map<String, Long> listed = cli("companies", "--month", "2026-10", "--json").stream()
                .collect(Collectors.groupingBy(company -> company.get("effectiveBand").asText(), TreeMap::new,
                        Collectors.counting()));

        Map<String, Long> counted = new TreeMap<>();
        try (Database database = Database.open(StoreLocation.parse(store))) {
            new Portfolio(database).bandCounts(YearMonth.parse("2026-10"))
                    .forEach((band, companies) -> counted.put(band.name(), companies));
        }

        assertThat(counted).isEqualTo(listed);
        assertThat(listed).hasSizeGreaterThan(3);
    }

    @Test
    void should_show_the_outboxs_triggers_per_channel_and_status_when_scraped() throws Exception {
        // the samples run with the built-in automations: every trigger goes to the triggers file, channel "file"
        Map<String, Long> listed = cli("triggers", "--limit", "1000000", "--json").stream()
                .collect(Collectors.groupingBy(trigger -> (trigger.get("channel").isNull() ? "file"
                        : trigger.get("channel").asText()) + "/" + trigger.get("status").asText(), TreeMap::new,
                        Collectors.counting()));

        Exposition metrics = scrape();

        Map<String, Long> shown = new TreeMap<>();
        metrics.named("healthscore_triggers").stream().filter(sample -> sample.value() > 0).forEach(sample ->
                shown.put(sample.labels().get("channel") + "/" + sample.labels().get("status"), (long) sample.value()));
        assertThat(shown).isEqualTo(listed).isNotEmpty();
        long total = listed.values().stream().mapToLong(Long::longValue).sum();
        assertThat(metrics.value("healthscore_triggers_emitted", Map.of("channel", "file"))).isEqualTo((double) total);
        assertThat(metrics.by("healthscore_triggers", "status").keySet()).containsOnly("pending", "sent", "dead", "off");
    }

    @Test
    void should_count_the_month_runs_as_the_run_list_shows_them_when_scraped() throws Exception {
        List<JsonNode> runs = cli("runs", "--limit", "1000", "--json");
        Map<String, Long> listed = runs.stream().collect(Collectors.groupingBy(run -> run.get("status").asText(),
                TreeMap::new, Collectors.counting()));
        JsonNode newest = runs.stream().filter(run -> !run.get("finishedAt").isNull()).findFirst().orElseThrow();

        Exposition metrics = scrape();

        assertThat(nonZero(metrics.by("healthscore_runs", "status"))).isEqualTo(listed);
        assertThat(listed.get("done")).isGreaterThanOrEqualTo(RunningService.MONTHS.size());
        assertThat(metrics.value("healthscore_runs_completed_total", Map.of())).isEqualTo(listed.get("done").doubleValue());
        Instant started = Instant.parse(newest.get("startedAt").asText());
        Instant finished = Instant.parse(newest.get("finishedAt").asText());
        assertThat(metrics.value("healthscore_run_latest_duration_seconds", Map.of("status", "done")))
                .isEqualTo(Duration.between(started, finished).toMillis() / 1000.0);
        assertThat(metrics.value("healthscore_run_latest_finished_timestamp_seconds", Map.of("status", "done")))
                .isEqualTo(finished.toEpochMilli() / 1000.0);
        assertThat(metrics.value("healthscore_store_up", Map.of())).isEqualTo(1.0);
    }

    @Test
    void should_count_requests_by_route_template_and_status_not_by_path_when_answered() throws Exception {
        assertThat(get("/health").statusCode()).isEqualTo(200);
        assertThat(get("/health").statusCode()).isEqualTo(200);
        assertThat(get("/no/such/CO-4711").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/companies/acme").statusCode()).isEqualTo(401);

        Exposition metrics = scrape();

        assertThat(metrics.value("healthscore_http_requests_seconds_count",
                Map.of("method", "GET", "route", "/health", "status", "200"))).isGreaterThanOrEqualTo(2.0);
        assertThat(metrics.value("healthscore_http_requests_seconds_count",
                Map.of("method", "GET", "route", "unmatched", "status", "404"))).isGreaterThanOrEqualTo(1.0);
        assertThat(metrics.value("healthscore_http_requests_seconds_count",
                Map.of("method", "GET", "route", "/api/v1/companies/{id}", "status", "401"))).isGreaterThanOrEqualTo(1.0);
        assertThat(metrics.samples()).allSatisfy(sample -> assertThat(sample.labels().values())
                .noneMatch(value -> value.contains("CO-4711") || value.contains("/no/such") || value.contains("acme")));
    }

    private static Map<String, Long> nonZero(Map<String, Double> values) {
        return values.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().longValue(), Long::sum, TreeMap::new));
    }

    private List<JsonNode> cli(String... args) {
        String[] all = Stream.concat(Arrays.stream(args), Stream.of("--store", store)).toArray(String[]::new);
        CliRun run = CliRun.run(running.clock(), all);
        assertThat(run.exitCode()).as("healthscore %s: %s", String.join(" ", args), run.err()).isZero();
        return run.outLines().stream().filter(line -> !line.isBlank()).map(MetricsContract::json).toList();
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException("not a line of JSON: " + line, e);
        }
    }

    private Exposition scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain; version=0.0.4"));
        return Exposition.parse(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(running.url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
