package io.healthscore.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --store takes a folder (the embedded store) or a PostgreSQL JDBC URL; anything else is refused. */
class StoreLocationTest {

    @Test
    void should_be_an_embedded_store_in_that_folder_when_given_a_folder() {
        StoreLocation location = StoreLocation.parse("some/../stores/acme");

        assertThat(location.embedded()).isTrue();
        assertThat(location.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(location.folder()).isEqualTo(Path.of("stores/acme").toAbsolutePath());
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:sqlite:" + location.folder().resolve("healthscore.db"));
        assertThat(location.display()).isEqualTo(location.folder().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void should_be_the_data_folder_when_no_store_is_given(String blank) {
        assertThat(StoreLocation.parse(blank).folder()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(StoreLocation.parse(null).folder()).isEqualTo(Path.of("data").toAbsolutePath());
    }

    @Test
    void should_be_a_postgresql_store_when_given_a_postgresql_jdbc_url() {
        StoreLocation location = StoreLocation.parse("  jdbc:postgresql://db.example:5432/health?user=scorer ");

        assertThat(location.embedded()).isFalse();
        assertThat(location.folder()).isNull();
        assertThat(location.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/health?user=scorer");
        assertThat(location.display()).isEqualTo("jdbc:postgresql://db.example:5432/health?user=scorer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://db.example/health", "jdbc:sqlserver://db.example;databaseName=health",
            "jdbc:postgres://db.example/health"})
    void should_refuse_with_what_is_accepted_when_the_jdbc_url_is_not_postgresql(String url) {
        assertThatThrownBy(() -> StoreLocation.parse(url))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("'" + url + "'")
                .hasMessageContaining("accepted: a folder for the embedded store")
                .hasMessageContaining("jdbc:postgresql://HOST:PORT/DB");
    }

    /** A URL without the jdbc: prefix is a mistake, not a folder: it would silently create an empty store. */
    @ParameterizedTest
    @ValueSource(strings = {"postgresql://db.example:5432/health", "postgres://scorer@db.example/health",
            "mysql://db.example/health"})
    void should_refuse_with_what_is_accepted_when_a_url_lacks_the_jdbc_prefix(String url) {
        assertThatThrownBy(() -> StoreLocation.parse(url))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("'" + url + "'")
                .hasMessageContaining("jdbc:postgresql://HOST:PORT/DB");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:postgresql://db.example/health?user=scorer&password=s3cr%40t&ssl=true",
            "jdbc:postgresql://db.example/health?password=s3cr%40t",
            "jdbc:postgresql://db.example/health?user=scorer&PASSWORD=s3cr%40t"})
    void should_mask_the_password_when_the_url_is_displayed(String url) {
        String shown = StoreLocation.parse(url).display();

        assertThat(shown).doesNotContain("s3cr").contains("***").startsWith("jdbc:postgresql://db.example/health?");
        assertThat(StoreLocation.parse(url).jdbcUrl()).isEqualTo(url);
    }

    @Test
    void should_keep_the_other_parameters_when_the_password_is_masked() {
        assertThat(StoreLocation.parse("jdbc:postgresql://db.example/health?user=scorer&password=s3cret&ssl=true")
                .display()).isEqualTo("jdbc:postgresql://db.example/health?user=scorer&password=***&ssl=true");
    }
}
