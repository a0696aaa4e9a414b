package io.healthscore.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A store that cannot be opened is reported in one line that names it, never with its password. */
class StoreOpenFailureTest {

    @Test
    void should_name_the_store_without_its_password_when_the_server_is_unreachable() {
        // nothing listens on port 1: the connection is refused at once
        StoreLocation location = StoreLocation.parse(
                "jdbc:postgresql://127.0.0.1:1/health?user=scorer&password=s3cret&connectTimeout=2");

        assertThatThrownBy(() -> Database.open(location).close())
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith(
                        "cannot open store jdbc:postgresql://127.0.0.1:1/health?user=scorer&password=***")
                .hasMessageNotContaining("s3cret")
                .satisfies(error -> assertThat(error.getMessage()).doesNotContain("\n"));
    }
}
