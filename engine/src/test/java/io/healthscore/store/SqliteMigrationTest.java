package io.healthscore.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqliteMigrationTest extends MigrationContract {
    SqliteMigrationTest() {
        super(TestStore.SQLITE);
    }

    @Test
    void should_create_the_store_folder_when_it_does_not_exist() {
        StoreLocation nested = StoreLocation.parse(scratch.resolve("not/yet/there").toString());

        try (Database created = Database.open(nested)) {
            assertThat(created.dialect()).isEqualTo(Dialect.SQLITE);
        }

        assertThat(nested.folder()).isDirectory();
        assertThat(nested.folder().resolve(StoreLocation.STORE_FILE)).isRegularFile();
    }
}
