package io.healthscore.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.PostgresTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs on a database collated by a language locale, so that ordering by the database's collation would show. */
@PostgresTest
class PostgresMonthInputReaderTest extends MonthInputReaderContract {
    PostgresMonthInputReaderTest() {
        super(TestStore.POSTGRESQL_LOCALE_COLLATED);
    }

    @Test
    void should_order_ids_unlike_java_when_the_database_collation_decides() {
        knownCompanies(COLLATION_SENSITIVE_IDS.toArray(String[]::new));

        List<String> byCollation = rows("SELECT id FROM companies ORDER BY id").stream()
                .map(row -> row.get(0)).toList();

        assertThat(byCollation).as("the database collation, which the reader must not rely on")
                .containsExactly("a_b", "a-b", "a.b", "A1", "ab", "aB", "Ab");
        assertThat(readOctober()).extracting(input -> input.company().value())
                .containsExactly("A1", "Ab", "a-b", "a.b", "aB", "a_b", "ab");
    }
}
