package io.healthscore.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqliteReadOnlyStoreTest extends ReadOnlyStoreContract {
    SqliteReadOnlyStoreTest() {
        super(TestStore.SQLITE);
    }

    @Test
    void should_fail_naming_the_folder_and_create_nothing_when_the_store_does_not_exist() {
        StoreLocation missing = StoreLocation.parse(scratch.resolve("no-store").toString());

        assertThatThrownBy(() -> Database.openReadOnly(missing)).isInstanceOf(StoreException.class)
                .hasMessageContaining(missing.folder().toString()).hasMessageContaining("does not exist");

        assertThat(missing.folder()).doesNotExist();
    }
}
