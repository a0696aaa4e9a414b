package io.healthscore.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.RunningService;
import io.healthscore.users.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting a company's status from its page: who may, what is checked, what is stored. Each test has its company. */
class ConsoleStatusTest {
    @TempDir
    static Path folder;
    static RunningService service;
    static ConsoleClient csm;

    @BeforeAll
    static void start() {
        service = ConsoleService.start(folder);
        csm = ConsoleClient.signedIn(service, Role.CSM);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void should_pin_the_band_by_the_signed_in_user_and_log_it_when_the_form_is_good() {
        ConsoleClient.Page answer = csm.postWithCsrf("/companies/globex/status", Map.of("band", "at_risk",
                "note", "asked for a cancellation quote", "author", "someone-else"));

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/companies/globex?saved=status#activity");
        Document page = csm.get("/companies/globex?saved=status").document();
        assertThat(page.select("#saved").text()).contains("Status set");
        assertThat(page.select("#health .chip").attr("data-band")).isEqualTo("AT_RISK");
        assertThat(page.select("#why-note").text()).isEqualTo("asked for a cancellation quote");
        String latest = page.select("#feed li").first().text();
        assertThat(latest).contains("csm", "override", "asked for a cancellation quote").doesNotContain("someone-else");
        assertThat(manualUpdates("globex")).hasSize(1);
    }

    @Test
    void should_show_the_form_again_with_the_error_beside_the_band_and_store_nothing_when_the_band_is_unknown() {
        ConsoleClient.Page answer = csm.postWithCsrf("/companies/initech/status", Map.of("band", "PURPLE",
                "note", "kept when the form comes back"));

        assertThat(answer.status()).isEqualTo(400);
        Document page = answer.document();
        assertThat(page.getElementById("band-select").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("band-error").text()).contains("'PURPLE'", "accepted: THRIVING, HEALTHY, STEADY, AT_RISK");
        assertThat(page.getElementById("status-note").text()).isEqualTo("kept when the form comes back");
        assertThat(manualUpdates("initech")).isEmpty();
    }

    @Test
    void should_refuse_an_until_before_the_month_the_override_starts_and_store_nothing() {
        ConsoleClient.Page before = csm.postWithCsrf("/companies/umbrella/status", Map.of("band", "STEADY",
                "until", "2026-01"));
        ConsoleClient.Page garbled = csm.postWithCsrf("/companies/umbrella/status", Map.of("band", "STEADY",
                "until", "next year"));

        assertThat(before.status()).isEqualTo(400);
        assertThat(before.document().getElementById("until-error").text()).contains("2026-01 is before", "or later");
        assertThat(before.document().getElementById("until").attr("aria-invalid")).isEqualTo("true");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.document().getElementById("until-error").text()).contains("'next year' is not a month");
        assertThat(manualUpdates("umbrella")).isEmpty();
    }

    @Test
    void should_refuse_a_post_without_the_csrf_token_and_store_nothing() {
        ConsoleClient.Page missing = csm.post("/companies/hooli/status", Map.of("band", "AT_RISK"));
        ConsoleClient.Page stale = csm.post("/companies/hooli/status", Map.of("band", "AT_RISK", "csrf", "stale"));

        assertThat(missing.status()).isEqualTo(403);
        assertThat(stale.status()).isEqualTo(403);
        assertThat(missing.document().select("[role=alert]").text()).contains("CSRF");
        assertThat(missing.document().select("main a").eachAttr("href")).contains("/");
        assertThat(manualUpdates("hooli")).isEmpty();
    }

    @Test
    void should_refuse_a_viewers_post_with_403_and_store_nothing() {
        ConsoleClient viewer = ConsoleClient.signedIn(service, Role.VIEWER);

        ConsoleClient.Page answer = viewer.postWithCsrf("/companies/piedpiper/status", Map.of("band", "AT_RISK"));
        ConsoleClient.Page churn = viewer.postWithCsrf("/companies/piedpiper/churn", Map.of("note", "gone"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(churn.status()).isEqualTo(403);
        assertThat(answer.document().select("h1").text()).isEqualTo("Not allowed");
        assertThat(answer.document().select("[role=alert]").text()).contains("viewer", "csm");
        assertThat(manualUpdates("piedpiper")).isEmpty();
    }

    @Test
    void should_clear_the_override_and_show_the_rules_band_again() {
        csm.postWithCsrf("/companies/soylent/status", Map.of("band", "THRIVING", "note", "renewal signed"));

        ConsoleClient.Page answer = csm.postWithCsrf("/companies/soylent/clear", Map.of());

        assertThat(answer.status()).isEqualTo(303);
        Document page = csm.get("/companies/soylent").document();
        assertThat(page.select("#clear-override")).isEmpty();
        assertThat(page.select("#feed li").first().text()).contains("clear", "override cleared", "csm");
        assertThat(manualUpdates("soylent")).hasSize(2);
    }

    @Test
    void should_churn_with_a_description_and_reinstate() {
        ConsoleClient.Page noReason = csm.postWithCsrf("/companies/vandelay/churn", Map.of("note", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.document().getElementById("churn-note-error").text()).contains("Say why");
        assertThat(manualUpdates("vandelay")).isEmpty();

        assertThat(csm.postWithCsrf("/companies/vandelay/churn", Map.of("note", "moved to a competitor")).status())
                .isEqualTo(303);
        Document churned = csm.get("/companies/vandelay").document();
        assertThat(churned.select("#health .chip").attr("data-band")).isEqualTo("CHURNED");
        assertThat(churned.select("#set-status, #churn")).isEmpty();
        assertThat(csm.postWithCsrf("/companies/vandelay/reinstate", Map.of()).status()).isEqualTo(303);

        assertThat(csm.get("/companies/vandelay").document().select("#feed li").first().text())
                .contains("reinstate", "churn undone");
        assertThat(manualUpdates("vandelay")).hasSize(2);
    }

    @Test
    void should_say_why_and_store_nothing_when_there_is_no_override_to_clear() {
        ConsoleClient.Page answer = csm.postWithCsrf("/companies/krusty/clear", Map.of());

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.document().getElementById("refused").text()).contains("no override in force",
                "Nothing was stored");
        assertThat(manualUpdates("krusty")).isEmpty();
    }

    @Test
    void should_answer_a_post_on_an_unknown_company_with_a_404_page() {
        ConsoleClient.Page answer = csm.postWithCsrf("/companies/no-such-company/status", Map.of("band", "AT_RISK"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.document().select("h1").text()).isEqualTo("Not found");
    }

    /** The company's manual activities as the recent updates page lists them. */
    private static List<String> manualUpdates(String company) {
        return csm.get("/updates?source=manual").document().select("#updates li[data-company=" + company + "]")
                .eachText();
    }
}
