package io.healthscore.store;

import io.healthscore.company.CompanyRange;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The two SQL databases healthscore runs on: SQLite embedded in the process (a folder), PostgreSQL as a server. They
 * differ in how ids compare, how time is stored and how bulk data goes in.
 */
public enum Dialect {
    SQLITE, POSTGRESQL;

    /**
     * The column compared the way Java compares ids (code units): PostgreSQL's default collation may order
     * "a-b" after "ab", which would break merging ordered results and shard ranges.
     */
    String ordered(String column) {
        return this == POSTGRESQL ? column + " COLLATE \"C\"" : column;
    }

    /** A condition keeping ids inside the range, with a parameter for each bound that is set (see {@link #bind}). */
    String inRange(String column, CompanyRange range) {
        StringBuilder condition = new StringBuilder();
        if (range.first() != null) {
            condition.append(" AND ").append(ordered(column)).append(" >= :range_first");
        }
        if (range.end() != null) {
            condition.append(" AND ").append(ordered(column)).append(" < :range_end");
        }
        return condition.toString();
    }

    /** Binds the bounds of {@link #inRange}'s condition. */
    static <S extends SqlStatement<S>> S bind(S statement, CompanyRange range) {
        if (range.first() != null) {
            statement.bind("range_first", range.first());
        }
        if (range.end() != null) {
            statement.bind("range_end", range.end());
        }
        return statement;
    }

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw unsupported(jdbcUrl);
    }

    static StoreException unsupported(String jdbcUrl) {
        return new StoreException("unsupported store URL '" + jdbcUrl
                + "'; accepted: a folder for the embedded store (e.g. ./data) or jdbc:postgresql://HOST:PORT/DB?user=NAME");
    }
}
