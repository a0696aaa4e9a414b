package io.healthscore.store;

import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the store contracts: every test gets an empty, freshly migrated store of the subclass's kind,
 * closed and dropped afterwards. The same test code thus runs on SQLite and on PostgreSQL.
 */
abstract class StoreContract {
    static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");
    /** Equal values, not equal representations: a stored 100 may read back as 1E+2. */
    private static final Comparator<WeeklyMetrics> SAME_VALUES = Comparator.comparing(WeeklyMetrics::company)
            .thenComparing(WeeklyMetrics::week).thenComparing(WeeklyMetrics::login)
            .thenComparing(WeeklyMetrics::adoption)
            .thenComparing(WeeklyMetrics::nps, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final TestStore kind;

    @TempDir
    Path scratch;

    StoreLocation location;
    Database database;

    StoreContract(TestStore kind) {
        this.kind = kind;
    }

    @BeforeEach
    void openEmptyStore() {
        location = kind.create(scratch);
        database = Database.open(location);
    }

    @AfterEach
    void closeAndDropStore() {
        if (database != null) {
            database.close();
        }
        if (location != null) {
            kind.drop(location);
        }
    }

    /** Asserts on weeks read back from the store, comparing numbers by value. */
    static ListAssert<WeeklyMetrics> assertThatWeeks(List<WeeklyMetrics> weeks) {
        return Assertions.assertThat(weeks).usingElementComparator(SAME_VALUES);
    }

    /** Reopens the store, as the next command would. */
    void reopen() {
        database.close();
        database = null;
        database = Database.open(location);
    }

    void knownCompanies(String... ids) {
        new CompanyRepository(database).saveDetails(
                Arrays.stream(ids).map(id -> Company.known(CompanyId.of(id))).toList(), NOW);
    }

    /** The rows of a query, every column read as text (null stays null). */
    List<List<String>> rows(String sql, Object... parameters) {
        return database.inTransaction(handle -> {
            try (PreparedStatement query = handle.getConnection().prepareStatement(sql)) {
                for (int index = 0; index < parameters.length; index++) {
                    query.setObject(index + 1, parameters[index]);
                }
                try (ResultSet row = query.executeQuery()) {
                    List<List<String>> rows = new ArrayList<>();
                    int columns = row.getMetaData().getColumnCount();
                    while (row.next()) {
                        List<String> values = new ArrayList<>();
                        for (int column = 1; column <= columns; column++) {
                            values.add(row.getString(column));
                        }
                        rows.add(values);
                    }
                    return rows;
                }
            }
        });
    }

    /** The first column of the first row, a timestamp, as an instant. */
    Instant instant(String sql, Object... parameters) {
        return database.inTransaction(handle -> {
            try (PreparedStatement query = handle.getConnection().prepareStatement(sql)) {
                for (int index = 0; index < parameters.length; index++) {
                    query.setObject(index + 1, parameters[index]);
                }
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return Sql.instant(row.getObject(1));
                }
            }
        });
    }

    long count(String sql, Object... parameters) {
        return Long.parseLong(rows(sql, parameters).get(0).get(0));
    }
}
