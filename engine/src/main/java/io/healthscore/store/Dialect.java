package io.healthscore.store;

import io.healthscore.company.CompanyRange;
import java.sql.PreparedStatement;
import java.sql.SQLException;

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

    /** A condition keeping ids inside the range, with one {@code ?} per bound that is set, first bound first. */
    String inRange(String column, CompanyRange range) {
        StringBuilder condition = new StringBuilder();
        if (range.first() != null) {
            condition.append(" AND ").append(ordered(column)).append(" >= ?");
        }
        if (range.end() != null) {
            condition.append(" AND ").append(ordered(column)).append(" < ?");
        }
        return condition.toString();
    }

    /** Sets the range's bounds from parameter {@code index} on; returns the next free index. */
    static int bind(PreparedStatement statement, int index, CompanyRange range)
            throws SQLException {
        int next = index;
        if (range.first() != null) {
            statement.setString(next++, range.first());
        }
        if (range.end() != null) {
            statement.setString(next++, range.end());
        }
        return next;
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
