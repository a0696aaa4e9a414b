package io.healthscore.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a sign-in goes on to: only a path of this server, whatever the link said. */
class ConsoleLocalPathTest {
    @ParameterizedTest
    @ValueSource(strings = {"/", "/companies?band=AT_RISK&sort=score", "/companies/acme?month=2026-10"})
    void should_keep_next_when_it_is_a_local_path(String next) {
        assertThat(LocalPath.orHome(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "companies", "//evil.example/", "https://evil.example/", "/\\evil.example",
            "/\\/evil.example", "/x\r\nSet-Cookie:a=b", "/ space", "javascript:alert(1)"})
    void should_go_to_the_portfolio_when_next_is_not_a_local_path(String next) {
        assertThat(LocalPath.orHome(next)).isEqualTo("/");
    }

    @Test
    void should_go_to_the_portfolio_when_there_is_no_next() {
        assertThat(LocalPath.orHome(null)).isEqualTo("/");
    }
}
