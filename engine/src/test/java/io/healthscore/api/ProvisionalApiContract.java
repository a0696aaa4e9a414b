package io.healthscore.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.report.Portfolio;
import io.healthscore.store.Database;
import io.healthscore.store.StoreLocation;
import io.healthscore.testhelper.ProvisionalStore;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.RunningService;
import io.healthscore.users.Role;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API lists, pages, filters and counts provisional month-to-date scores beside assessments, marked, and shows a
 * company's latest one and its history of them; on {@link ProvisionalStore}'s store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProvisionalApiContract {
    private String store;
    private RunningService service;
    private Api viewer;

    abstract String createStore(Path folder);

    abstract void dropStore(String store);

    @BeforeAll
    void start(@TempDir Path folder) {
        store = createStore(folder);
        ProvisionalStore.make(folder, store);
        service = RunningService.on(folder, store, Repo.rules(), List.of());
        viewer = Api.as(service, Role.VIEWER);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        dropStore(store);
    }

    @Test
    void should_list_the_month_scored_to_date_with_its_rows_marked_when_no_month_is_asked() {
        JsonNode page = ok(viewer.get("/api/v1/companies"));

        assertThat(page.path("month").asText()).isEqualTo("2026-11");
        assertThat(shown(page)).containsExactly("acme STEADY 40 1/5", "beta HEALTHY 60 1/5", "delta AT_RISK 15 1/5",
                "epsilon STEADY 40 1/5", "gamma HEALTHY 60 1/5", "zeta CHURNED null -");
        assertThat(page.path("companies").get(5).has("provisional")).isFalse();
        assertThat(page.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void should_list_the_assessment_and_else_the_latest_provisional_score_when_a_month_has_both() {
        JsonNode page = ok(viewer.get("/api/v1/companies?month=2026-10"));

        assertThat(shown(page)).containsExactly("acme THRIVING 90 -", "beta AT_RISK 20 2/4", "delta AT_RISK 15 2/4",
                "epsilon STEADY 40 2/4", "gamma HEALTHY 60 2/4", "zeta CHURNED null -");
        assertThat(page.path("companies").get(0).has("provisional")).isFalse();
        assertThat(page.path("companies").get(1).path("month").asText()).isEqualTo("2026-10");
        assertThat(page.path("companies").get(1).path("ruleSet").asText()).isEqualTo("base");
    }

    @Test
    void should_filter_provisional_rows_as_assessments_when_band_segment_owner_or_search_is_given() {
        assertThat(shown(ok(viewer.get("/api/v1/companies?month=2026-10&band=AT_RISK"))))
                .containsExactly("beta AT_RISK 20 2/4", "delta AT_RISK 15 2/4");
        assertThat(shown(ok(viewer.get("/api/v1/companies?month=2026-10&band=thriving,CHURNED"))))
                .containsExactly("acme THRIVING 90 -", "zeta CHURNED null -");
        assertThat(shown(ok(viewer.get("/api/v1/companies?band=STEADY"))))
                .containsExactly("acme STEADY 40 1/5", "epsilon STEADY 40 1/5");
        assertThat(ids(ok(viewer.get("/api/v1/companies?month=2026-10&segment=ENTERPRISE"))))
                .containsExactly("acme", "delta");
        assertThat(ids(ok(viewer.get("/api/v1/companies?month=2026-10&owner=" + ProvisionalStore.OWNER))))
                .containsExactly("acme", "delta");
        assertThat(ids(ok(viewer.get("/api/v1/companies?month=2026-10&q=GOODS")))).containsExactly("gamma");
        assertThat(ids(ok(viewer.get("/api/v1/companies?q=ta&band=AT_RISK,HEALTHY")))).containsExactly("beta", "delta");
    }

    @Test
    void should_page_through_both_kinds_of_row_once_with_the_cursor() {
        for (String month : List.of("2026-10", "2026-11")) {
            List<List<String>> pages = new ArrayList<>();
            String cursor = null;
            do {
                JsonNode page = ok(viewer.get("/api/v1/companies?month=" + month + "&limit=2"
                        + (cursor == null ? "" : "&cursor=" + cursor)));
                pages.add(ids(page));
                cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
            } while (cursor != null && pages.size() < 10);

            assertThat(pages).as(month).containsExactly(List.of("acme", "beta"), List.of("delta", "epsilon"),
                    List.of("gamma", "zeta"));
        }
        JsonNode filtered = ok(viewer.get("/api/v1/companies?month=2026-10&band=AT_RISK,HEALTHY,THRIVING&limit=2"));
        assertThat(ids(filtered)).containsExactly("acme", "beta");
        JsonNode next = ok(viewer.get("/api/v1/companies?month=2026-10&band=AT_RISK,HEALTHY,THRIVING&limit=2&cursor="
                + filtered.path("nextCursor").asText()));
        assertThat(ids(next)).containsExactly("delta", "gamma");
        assertThat(next.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void should_count_each_band_of_a_month_as_the_list_shows_it() {
        try (Database database = Database.open(StoreLocation.parse(store))) {
            Portfolio portfolio = new Portfolio(database);
            for (String month : List.of("2026-09", "2026-10", "2026-11")) {
                Map<String, Long> listed = new TreeMap<>();
                ok(viewer.get("/api/v1/companies?month=" + month)).path("companies").forEach(company ->
                        listed.merge(company.path("effectiveBand").asText(), 1L, Long::sum));
                Map<String, Long> counted = portfolio.bandCounts(YearMonth.parse(month)).entrySet().stream()
                        .collect(Collectors.toMap(count -> count.getKey().name(), Map.Entry::getValue, Long::sum,
                                TreeMap::new));

                assertThat(counted).as(month).isEqualTo(listed);
            }
            assertThat(portfolio.bandCounts(YearMonth.parse("2026-10"))).containsEntry(EffectiveBand.AT_RISK, 2L)
                    .containsEntry(EffectiveBand.THRIVING, 1L).containsEntry(EffectiveBand.CHURNED, 1L);
        }
    }

    @Test
    void should_give_the_latest_provisional_score_of_a_later_month_when_a_company_is_read() {
        JsonNode acme = ok(viewer.get("/api/v1/companies/acme"));
        JsonNode beta = ok(viewer.get("/api/v1/companies/beta"));

        assertThat(acme.path("month").asText()).isEqualTo("2026-10");
        assertThat(acme.path("score").asInt()).isEqualTo(90);
        assertThat(acme.has("provisional")).isTrue();
        JsonNode toDate = acme.path("provisional");
        assertThat(toDate.path("month").asText()).isEqualTo("2026-11");
        assertThat(toDate.path("score").asInt()).isEqualTo(40);
        assertThat(toDate.path("band").asText()).isEqualTo("STEADY");
        assertThat(toDate.path("provisional").toString()).isEqualTo("{\"weeks\":1,\"weeksInMonth\":5}");
        assertThat(beta.path("month").asText()).isEqualTo("2026-09");
        assertThat(beta.path("provisional").path("month").asText()).isEqualTo("2026-11");
        assertThat(beta.path("provisional").path("previousBand").asText()).isEqualTo("AT_RISK");
    }

    @Test
    void should_list_provisional_scores_newest_first_with_the_superseded_one_marked_when_the_history_is_read() {
        JsonNode history = ok(viewer.get("/api/v1/companies/acme/history"));

        assertThat(history.path("assessments")).extracting(entry -> entry.path("month").asText())
                .containsExactly("2026-10", "2026-09");
        assertThat(history.path("provisional")).extracting(entry -> entry.path("month").asText() + " "
                + entry.path("score").asInt() + " " + entry.path("provisional").path("weeks").asInt() + "/"
                + entry.path("provisional").path("weeksInMonth").asInt() + " superseded "
                + entry.path("superseded").asBoolean())
                .containsExactly("2026-11 40 1/5 superseded false", "2026-10 90 2/4 superseded true");
        assertThat(ok(viewer.get("/api/v1/companies/zeta/history")).path("provisional"))
                .extracting(entry -> entry.path("month").asText()).containsExactly("2026-10");
    }

    /** Each company of the page: "id effectiveBand score weeks/weeksInMonth", "-" for an assessment. */
    private static List<String> shown(JsonNode page) {
        List<String> rows = new ArrayList<>();
        page.path("companies").forEach(company -> rows.add(company.path("company").asText() + " "
                + company.path("effectiveBand").asText() + " " + company.path("score") + " "
                + (company.has("provisional") ? company.path("provisional").path("weeks").asInt() + "/"
                        + company.path("provisional").path("weeksInMonth").asInt() : "-")));
        return rows;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("companies").forEach(company -> ids.add(company.path("company").asText()));
        return ids;
    }

    private static JsonNode ok(Api.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }
}
