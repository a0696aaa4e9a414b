package io.healthscore.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.RunningService;
import io.healthscore.users.Role;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's read-only pages, as a viewer sees them, on the samples' four months. */
class ConsolePagesTest {
    @TempDir
    static Path folder;
    static RunningService service;
    static ConsoleClient viewer;

    @BeforeAll
    static void start() {
        service = ConsoleService.start(folder);
        viewer = ConsoleClient.signedIn(service, Role.VIEWER);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void should_show_the_report_figures_of_the_month_on_the_portfolio_page() {
        Document page = viewer.get("/?month=2026-10").document();

        assertThat(page.select("h1").text()).isEqualTo("Portfolio health 2026-10");
        assertThat(page.select("#distribution-table tbody tr").eachText()).containsExactly("Thriving 12 30.0%",
                "Healthy 11 27.5%", "Steady 11 27.5%", "At Risk 5 12.5%", "No data 1 2.5%", "Churned 0 0.0%");
        assertThat(page.select(".target .actual").text()).isEqualTo("57.5%");
        assertThat(page.select(".target .status").text()).isEqualTo("Below target by 12.5 points: 5 more companies needed");
        assertThat(page.select("#distribution-chart rect[data-band=AT_RISK]").attr("data-count")).isEqualTo("5");
        assertThat(page.select("#trend-chart g[data-month]").eachAttr("data-month"))
                .containsExactly("2026-07", "2026-08", "2026-09", "2026-10");
        assertThat(page.select("#movers-up tbody tr").size() + page.select("#movers-down tbody tr").size()).isPositive();
        assertThat(page.select("#movers-down a[href^=/companies/]")).isNotEmpty();
    }

    @Test
    void should_list_only_the_companies_of_the_band_when_filtered() {
        Document page = viewer.get("/companies?month=2026-10&band=AT_RISK").document();

        List<String> bands = page.select("#companies tbody tr").eachAttr("data-band");
        assertThat(bands).hasSize(5).containsOnly("AT_RISK");
        assertThat(page.select("#list-count").text()).isEqualTo("Companies 1 to 5 of 5");
        assertThat(page.select("#band option[selected]").val()).isEqualTo("AT_RISK");
        assertThat(page.select("#companies tbody a").first().attr("href")).endsWith("?month=2026-10");
    }

    @Test
    void should_page_the_list_with_links_that_keep_the_query() {
        Document first = viewer.get("/companies?month=2026-10&sort=score&dir=desc&segment=enterprise").document();
        Element next = first.selectFirst(".pager a[rel=next]");
        assertThat(first.select("#list-count").text()).startsWith("Companies 1 to");
        if (next == null) {
            assertThat(first.select(".pager").text()).contains("Page 1 of 1");
            return;
        }
        assertThat(next.attr("href")).contains("month=2026-10", "segment=enterprise", "sort=score", "dir=desc", "page=2");
    }

    @Test
    void should_sort_by_score_and_page_through_every_company() {
        Document first = viewer.get("/companies?month=2026-10&sort=score&dir=desc").document();
        Document second = viewer.get(first.selectFirst(".pager a[rel=next]").attr("href")).document();

        List<Integer> scores = new java.util.ArrayList<>();
        for (Document page : List.of(first, second)) {
            page.select("#companies tbody tr td:nth-child(3)").eachText().stream().filter(text -> !text.equals("-"))
                    .map(Integer::valueOf).forEach(scores::add);
        }
        assertThat(first.select("#list-count").text()).isEqualTo("Companies 1 to 25 of 40");
        assertThat(second.select("#list-count").text()).isEqualTo("Companies 26 to 40 of 40");
        assertThat(scores).hasSize(39).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(second.selectFirst(".pager a[rel=prev]").attr("href")).doesNotContain("page=");
        assertThat(first.select("th[aria-sort]").text()).isEqualTo("Score");
    }

    @Test
    void should_keep_only_the_signed_in_users_accounts_when_my_accounts_is_ticked() {
        Document page = viewer.get("/companies?month=2026-10&mine=1").document();

        assertThat(page.select("#list-count").text()).isEqualTo("No company matches these filters.");
        assertThat(page.select("#mine[checked]")).hasSize(1);
        Document owned = viewer.get("/companies?month=2026-10&owner=DANA.REYES@healthscore.example").document();
        assertThat(owned.select("#companies tbody tr td:nth-child(5)").eachText())
                .isNotEmpty().containsOnly("dana.reyes@healthscore.example");
    }

    @Test
    void should_explain_the_band_and_show_drivers_chart_activity_and_triggers_on_the_company_page() {
        Document page = viewer.get("/companies/acme?month=2026-10").document();

        assertThat(page.select("h1").text()).isEqualTo("Acme Corporation acme");
        assertThat(page.select("#health .chip").attr("data-band")).isEqualTo("THRIVING");
        assertThat(page.select("#score").text()).isEqualTo("89");
        Element why = page.selectFirst("details#why");
        assertThat(why.selectFirst("summary").text()).contains("Why Thriving?");
        assertThat(why.select("#weeks tbody tr")).isNotEmpty();
        assertThat(why.select("#weeks tbody tr td:last-child").first().text()).contains("login", "×");
        assertThat(why.select("#band-rule").text()).contains("The band was set by rule", ".drl:");
        assertThat(page.select(".driver").eachAttr("data-driver")).containsExactly("Login", "Adoption", "NPS");
        assertThat(page.select(".driver").eachAttr("data-trend")).allMatch(trend -> List.of("improving", "declining",
                "unchanged").contains(trend));
        assertThat(page.select(".driver").first().text()).contains("against 2026-09");
        assertThat(page.select("#score-chart circle[data-month=2026-10]").attr("data-score")).isEqualTo("89");
        assertThat(page.select("#score-chart rect[data-month]")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(page.select("#feed li")).isNotEmpty();
        assertThat(page.select("#feed li").first().text()).contains("healthscore", "UTC");
        assertThat(page.select("h2").eachText()).contains("Triggers in 2026-10", "Activity", "Drivers");
    }

    @Test
    void should_show_the_triggers_of_the_month_with_the_rule_that_asked_and_their_delivery() {
        Document page = viewer.get("/companies/hooli?month=2026-10").document();

        assertThat(page.select("#triggers tbody tr")).isNotEmpty();
        assertThat(page.select("#triggers tbody tr").first().select("td").eachText()).satisfies(cells -> {
            assertThat(cells.get(1)).contains(".drl:");
            assertThat(cells.get(2)).contains("UTC");
            assertThat(cells.get(3)).containsAnyOf("sent", "pending", "dead", "off");
        });
    }

    @Test
    void should_show_no_status_form_to_a_viewer() {
        Document page = viewer.get("/companies/acme").document();

        assertThat(page.select("form[method=post]").eachAttr("action")).containsExactly("/sign-out");
    }

    @Test
    void should_answer_an_unknown_company_with_a_404_page_that_links_back() {
        ConsoleClient.Page page = viewer.get("/companies/no-such-company");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.document().select("h1").text()).isEqualTo("Not found");
        assertThat(page.document().select("[role=alert]").text()).contains("no-such-company");
        assertThat(page.document().select("main a").eachAttr("href")).contains("/companies", "/");
    }

    @Test
    void should_answer_a_bad_filter_with_a_400_page_that_says_what_is_accepted() {
        ConsoleClient.Page page = viewer.get("/companies?band=PURPLE");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.document().select("[role=alert]").text()).contains("PURPLE", "accepted: THRIVING");
    }

    @Test
    void should_list_recent_band_changes_filtered_by_source_and_band() {
        Document all = viewer.get("/updates").document();
        Document automatic = viewer.get("/updates?source=automatic&band=AT_RISK").document();

        assertThat(all.select("#updates li")).isNotEmpty();
        assertThat(automatic.select("#updates li")).isNotEmpty();
        assertThat(automatic.select("#updates li").eachAttr("data-source")).containsOnly("automatic");
        assertThat(automatic.select("#updates li").eachAttr("data-to")).containsOnly("AT_RISK");
        assertThat(viewer.get("/updates?days=0").status()).isEqualTo(400);
    }

    @Test
    void should_list_the_month_runs_with_their_counts() {
        Document page = viewer.get("/runs").document();

        Element october = page.selectFirst("#runs tr[data-month=2026-10]");
        assertThat(october.select("td").eachText()).startsWith("2026-10", "manual", "done");
        assertThat(october.select("td.num").eachText()).startsWith("40", "12", "11", "11", "5", "1");
    }

    @Test
    void should_serve_pages_that_are_not_cached_nor_framed_with_a_skip_link() {
        ConsoleClient.Page page = viewer.get("/companies");

        assertThat(page.document().selectFirst("body > a.skip").attr("href")).isEqualTo("#main");
        assertThat(page.document().getElementById("main")).isNotNull();
        assertThat(page.document().select("nav a[aria-current=page]").text()).isEqualTo("Companies");
        assertThat(page.document().select("label[for]").eachAttr("for")).allMatch(id -> page.document().getElementById(id) != null);
    }
}
