package io.healthscore.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.healthscore.testhelper.Postgres;
import io.healthscore.testhelper.PostgresTest;
import org.junit.jupiter.api.Test;

@PostgresTest
class PostgresReadOnlyStoreTest extends ReadOnlyStoreContract {
    PostgresReadOnlyStoreTest() {
        super(TestStore.POSTGRESQL);
    }

    @Test
    void should_fail_saying_what_to_do_when_the_database_holds_no_healthscore_schema() {
        String empty = Postgres.createDatabase();
        try {
            assertThatThrownBy(() -> Database.openReadOnly(StoreLocation.parse(empty)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("holds no healthscore data yet");
        } finally {
            Postgres.dropDatabase(empty);
        }
    }
}
