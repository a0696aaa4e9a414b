package io.healthscore.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2MigrationTest extends MigrationContract {
    H2MigrationTest() {
        super(TestStore.H2);
    }

    @Test
    void should_create_the_store_folder_when_it_does_not_exist() {
        StoreLocation nested = StoreLocation.parse(scratch.resolve("not/yet/there").toString());

        try (Database created = Database.open(nested)) {
            assertThat(created.dialect()).isEqualTo(Dialect.H2);
        }

        assertThat(nested.folder()).isDirectory();
        assertThat(nested.folder().resolve(StoreLocation.H2_FILE + ".mv.db")).isRegularFile();
    }
}
