package io.healthscore.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.RunningService;
import io.healthscore.users.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing in to the console with a token, the session cookie, and what happens when the session is gone. */
class ConsoleSignInTest {
    @TempDir
    static Path folder;
    static RunningService service;

    @BeforeAll
    static void start() {
        service = ConsoleService.start(folder);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void should_open_a_session_and_go_on_to_next_when_the_token_is_valid() {
        ConsoleClient client = new ConsoleClient(service);

        ConsoleClient.Page answer = client.signIn(service.token(Role.CSM), "/companies?band=AT_RISK");

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/companies?band=AT_RISK");
        assertThat(answer.setCookie("hs_session")).hasValueSatisfying(cookie -> assertThat(cookie)
                .contains("; Path=/;", "; Max-Age=28800", "; HttpOnly", "; SameSite=Strict").doesNotContain("Secure"));
        ConsoleClient.Page list = client.get("/companies?band=AT_RISK");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.document().select(".who").text()).contains("csm", "(csm)");
    }

    @Test
    void should_show_the_form_again_with_the_error_beside_the_field_when_the_token_is_bad() {
        ConsoleClient client = new ConsoleClient(service);
        String good = service.token(Role.VIEWER);

        ConsoleClient.Page answer = client.signIn(good.substring(0, good.length() - 1) + "x", "/");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.setCookie("hs_session")).isEmpty();
        Element field = answer.document().getElementById("token");
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        assertThat(field.attr("aria-describedby")).contains("token-error");
        assertThat(answer.document().getElementById("token-error").text()).contains("not valid");
        assertThat(client.get("/").status()).isEqualTo(303);
    }

    @Test
    void should_refuse_a_sign_in_post_without_the_form_cookie() {
        ConsoleClient client = new ConsoleClient(service);
        String csrf = client.get("/sign-in").document().selectFirst("input[name=csrf]").val();
        ConsoleClient other = new ConsoleClient(service);

        ConsoleClient.Page answer = other.post("/sign-in", Map.of("csrf", csrf, "token", service.token(Role.ADMIN),
                "next", "/"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.setCookie("hs_session")).isEmpty();
        assertThat(answer.document().getElementById("form-error").text()).contains("sign in again");
    }

    @Test
    void should_go_to_the_portfolio_when_next_is_not_a_local_path() {
        for (String next : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example"}) {
            ConsoleClient client = new ConsoleClient(service);

            ConsoleClient.Page answer = client.signIn(service.token(Role.VIEWER), next);

            assertThat(answer.location()).as(next).isEqualTo("/");
        }
    }

    @Test
    void should_send_to_the_sign_in_page_when_the_session_has_expired() {
        ConsoleClient client = ConsoleClient.signedIn(service, Role.CSM);
        String csrf = client.csrf();
        service.clock().advance(Duration.ofHours(8).plusMinutes(1));
        try {
            ConsoleClient.Page page = client.get("/companies/acme");
            ConsoleClient.Page post = client.post("/companies/acme/status", Map.of("csrf", csrf, "band", "AT_RISK"));

            assertThat(page.status()).isEqualTo(303);
            assertThat(page.location()).isEqualTo("/sign-in?expired=true&next=%2Fcompanies%2Facme");
            assertThat(post.status()).isEqualTo(303);
            assertThat(post.location()).startsWith("/sign-in?expired=true");
            ConsoleClient.Page signIn = client.get(page.location());
            assertThat(signIn.document().select("[role=status]").text()).contains("session has ended");
            assertThat(signIn.document().selectFirst("input[name=next]").val()).isEqualTo("/companies/acme");
        } finally {
            service.clock().advance(Duration.ofHours(-8).minusMinutes(1));
        }
    }

    @Test
    void should_send_the_cookie_again_with_a_full_max_age_while_the_session_is_used() {
        ConsoleClient client = ConsoleClient.signedIn(service, Role.VIEWER);
        service.clock().advance(Duration.ofHours(5));
        try {
            ConsoleClient.Page page = client.get("/companies");
            service.clock().advance(Duration.ofHours(5));
            ConsoleClient.Page later = client.get("/runs");

            assertThat(page.setCookie("hs_session")).hasValueSatisfying(cookie -> assertThat(cookie)
                    .contains("Max-Age=28800", "HttpOnly", "SameSite=Strict"));
            assertThat(later.status()).isEqualTo(200);
        } finally {
            service.clock().advance(Duration.ofHours(-10));
        }
    }

    @Test
    void should_end_the_session_on_sign_out() {
        ConsoleClient client = ConsoleClient.signedIn(service, Role.VIEWER);
        String session = client.cookie("hs_session").orElseThrow();

        ConsoleClient.Page answer = client.postWithCsrf("/sign-out", Map.of());

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/sign-in?out=1");
        assertThat(answer.setCookie("hs_session")).hasValueSatisfying(cookie -> assertThat(cookie).contains("Max-Age=0"));
        ConsoleClient replay = new ConsoleClient(service);
        replay.setCookie("hs_session", session);
        assertThat(replay.get("/").status()).isEqualTo(303);
    }
}
