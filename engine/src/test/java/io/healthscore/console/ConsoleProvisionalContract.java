package io.healthscore.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.store.CompanyQuery;
import io.healthscore.store.Database;
import io.healthscore.store.PortfolioRepository;
import io.healthscore.store.PortfolioRow;
import io.healthscore.store.StoreLocation;
import io.healthscore.testhelper.ProvisionalStore;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.RunningService;
import io.healthscore.users.Role;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console marks provisional month-to-date scores: in the companies list, apart on a company's page (never as
 * its monthly assessment) and in its feed, superseded ones too; on {@link ProvisionalStore}'s store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsoleProvisionalContract {
    private String store;
    private RunningService service;
    private ConsoleClient viewer;

    abstract String createStore(Path folder);

    abstract void dropStore(String store);

    @BeforeAll
    void start(@TempDir Path folder) {
        store = createStore(folder);
        ProvisionalStore.make(folder, store);
        service = RunningService.on(folder, store, Repo.rules(), List.of());
        viewer = ConsoleClient.signedIn(service, Role.VIEWER);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        dropStore(store);
    }

    @Test
    void should_list_the_month_scored_to_date_with_each_provisional_row_marked_when_no_month_is_asked() {
        Document page = viewer.get("/companies").document();

        assertThat(page.select("h1 + p.lead").text()).isEqualTo("Health of each company in 2026-11.");
        assertThat(page.select("#month option[selected]").val()).isEqualTo("2026-11");
        assertThat(page.select("#month option").eachAttr("value")).startsWith("2026-11", "2026-10");
        assertThat(page.select("#companies tbody tr[data-provisional]").eachAttr("data-company"))
                .containsExactly("acme", "beta", "delta", "epsilon", "gamma");
        assertThat(page.select("#companies tr[data-company=acme] .chip.provisional").text())
                .isEqualTo("provisional · 1 of 5 weeks");
        assertThat(page.select("#companies tr[data-company=acme] .chip.provisional").attr("title"))
                .contains("not the monthly assessment");
        assertThat(page.select("#companies tr[data-company=zeta] .chip.provisional")).isEmpty();
        assertThat(page.select("#provisional-note").text()).contains("no monthly assessment of 2026-11 yet");
    }

    @Test
    void should_mark_only_the_provisional_rows_when_a_month_has_assessments_too() {
        Document page = viewer.get("/companies?month=2026-10&sort=score&dir=desc").document();

        assertThat(page.select("#companies tbody tr").eachAttr("data-company"))
                .containsExactly("acme", "gamma", "epsilon", "beta", "delta", "zeta");
        assertThat(page.select("#companies tbody tr[data-provisional]").eachAttr("data-company"))
                .containsExactly("gamma", "epsilon", "beta", "delta");
        assertThat(page.select("#companies tr[data-company=beta] .chip.provisional").text())
                .isEqualTo("provisional · 2 of 4 weeks");
        assertThat(page.select("#companies tr[data-company=acme] .chip.provisional")).isEmpty();
        Document atRisk = viewer.get("/companies?month=2026-10&band=AT_RISK").document();
        assertThat(atRisk.select("#list-count").text()).isEqualTo("Companies 1 to 2 of 2");
        assertThat(atRisk.select("#companies tbody tr[data-provisional]").eachAttr("data-company"))
                .containsExactly("beta", "delta");
        assertThat(viewer.get("/companies?month=2026-09").document().select("#provisional-note, .chip.provisional"))
                .isEmpty();
    }

    @Test
    void should_show_the_provisional_score_apart_from_the_monthly_assessment_on_the_company_page() {
        Document page = viewer.get("/companies/acme").document();

        assertThat(page.select("#health .chip").attr("data-band")).isEqualTo("THRIVING");
        assertThat(page.select("#score").text()).isEqualTo("90");
        Element toDate = page.selectFirst("#to-date");
        assertThat(toDate.attr("data-month")).isEqualTo("2026-11");
        assertThat(toDate.select("h2").text()).isEqualTo("Provisional score for 2026-11, month to date");
        assertThat(toDate.select(".chip[data-band]").attr("data-band")).isEqualTo("STEADY");
        assertThat(toDate.select("#to-date-score").text()).isEqualTo("40");
        assertThat(toDate.select(".chip.provisional").text()).isEqualTo("provisional · 1 of 5 weeks");
        assertThat(toDate.select("#to-date-note").text()).contains("Scored on 2026-11-02 07:00 UTC",
                "from 1 of the month's 5 weeks, those complete so far", "This is not the monthly assessment");
        assertThat(viewer.get("/companies/acme?month=2026-09").document().select("#to-date")).isEmpty();
    }

    @Test
    void should_show_a_month_that_has_only_a_provisional_score_when_it_is_asked_for() {
        Document page = viewer.get("/companies/beta?month=2026-10").document();

        assertThat(page.select("#health")).isEmpty();
        assertThat(page.select("#no-assessment").text()).startsWith("No monthly assessment of 2026-10 yet");
        assertThat(page.select("#no-assessment a").attr("href")).isEqualTo("/companies/beta?month=2026-09");
        assertThat(page.select("#to-date").attr("data-month")).isEqualTo("2026-10");
        assertThat(page.select("#to-date .chip.provisional").text()).isEqualTo("provisional · 2 of 4 weeks");
        assertThat(viewer.get("/companies/beta?month=2026-08").status()).isEqualTo(404);
    }

    @Test
    void should_list_provisional_scores_in_the_feed_with_the_superseded_one_marked() {
        Document page = viewer.get("/companies/acme").document();

        List<Element> entries = page.select("#feed li[data-provisional]");
        assertThat(entries).extracting(entry -> entry.select(".chip.provisional").text() + " for "
                + entry.select(".what .muted").last().text().replace("for ", "") + " superseded "
                + entry.hasAttr("data-superseded"))
                .containsExactly("provisional · 1 of 5 weeks for 2026-11 superseded false",
                        "provisional · 2 of 4 weeks for 2026-10 superseded true");
        assertThat(entries.get(0).text()).contains("Month to date, score 40 so far; not the monthly assessment.");
        assertThat(entries.get(1).text()).contains("superseded by the month's assessment");
        assertThat(page.select("#feed li:not([data-provisional])")).isNotEmpty();
    }

    @Test
    void should_sort_and_cut_both_kinds_of_row_into_the_same_pages_when_paged_by_offset() {
        try (Database database = Database.open(StoreLocation.parse(store))) {
            PortfolioRepository portfolio = new PortfolioRepository(database);
            YearMonth october = YearMonth.parse("2026-10");
            EnumSet<EffectiveBand> all = EnumSet.allOf(EffectiveBand.class);

            assertThat(ids(portfolio.page(new CompanyQuery(october, all, null, null, null, CompanyQuery.Sort.SCORE,
                    true, null, 2, 2)))).containsExactly("epsilon", "beta");
            assertThat(ids(portfolio.page(new CompanyQuery(october, all, null, null, null, CompanyQuery.Sort.SCORE,
                    false, null, 4, 2)))).containsExactly("acme", "zeta");
            assertThat(ids(portfolio.page(new CompanyQuery(october, all, "smb", null, null, CompanyQuery.Sort.NAME,
                    true, null, 1, 10)))).containsExactly("gamma", "epsilon", "beta");
            assertThat(portfolio.count(new CompanyQuery(october, EnumSet.of(EffectiveBand.AT_RISK,
                    EffectiveBand.THRIVING), null, null, null, CompanyQuery.Sort.COMPANY, false, null, 0, 1))).isEqualTo(3);
        }
    }

    private static List<String> ids(List<PortfolioRow> rows) {
        return rows.stream().map(row -> row.company().id().value()).toList();
    }
}
