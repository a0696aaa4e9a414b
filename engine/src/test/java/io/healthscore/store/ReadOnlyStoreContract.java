package io.healthscore.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A store opened read-only (what-if): it reads what is stored and refuses every write. */
abstract class ReadOnlyStoreContract extends StoreContract {
    ReadOnlyStoreContract(TestStore kind) {
        super(kind);
    }

    @Test
    void should_read_what_is_stored_when_the_store_is_opened_read_only() {
        knownCompanies("acme", "beta");

        reopenReadOnly();

        assertThat(new CompanyRepository(database).count()).isEqualTo(2);
    }

    @Test
    void should_refuse_a_write_and_keep_the_stored_rows_when_the_store_is_opened_read_only() {
        knownCompanies("acme");
        reopenReadOnly();

        assertThatThrownBy(() -> knownCompanies("beta")).isInstanceOf(StoreException.class);

        assertThat(new CompanyRepository(database).count()).isEqualTo(1);
    }

    private void reopenReadOnly() {
        database.close();
        database = null;
        database = Database.openReadOnly(location);
    }
}
