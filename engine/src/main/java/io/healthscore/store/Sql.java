package io.healthscore.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Null-safe parameter and column access for the bulk paths that stay on plain JDBC (assessment and trigger batches,
 * the month's input stream, the ingest, the 0.1 migration), in each store's types as {@link StoreTypes} registers them for jdbi:
 * on SQLite a time is INTEGER microseconds since the epoch and a decimal is TEXT in plain notation.
 */
final class Sql {
    private static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    /** {@code ?, ?, ...}: one parameter mark per value. */
    static String marks(java.util.Collection<?> values) {
        return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    }

    private static boolean sqlite(PreparedStatement statement) throws SQLException {
        return statement.getConnection().isWrapperFor(SQLiteConnection.class);
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NUMERIC);
        } else if (sqlite(statement)) {
            statement.setString(index, value.toPlainString());
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    /**
     * A decimal for a column of {@code scale} decimals: PostgreSQL's NUMERIC(p, scale) pads and rounds it itself, the
     * SQLite TEXT column gets it padded the same way, so both read back alike.
     */
    static void setDecimal(PreparedStatement statement, int index, BigDecimal value, int scale) throws SQLException {
        setDecimal(statement, index, value == null ? null : value.setScale(scale, java.math.RoundingMode.HALF_UP));
    }

    static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (sqlite(statement)) {
            statement.setLong(index, micros(value));
        } else {
            statement.setTimestamp(index, Timestamp.from(value));
        }
    }

    static void setNullableInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlite(statement) ? Types.BIGINT : Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            setInstant(statement, index, value);
        }
    }

    /** Microseconds since the epoch: the precision both stores keep. */
    static long micros(Instant value) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, value);
    }

    static Instant ofMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number micros) {
            return ofMicros(micros.longValue());
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        throw new StoreException("a stored time is not readable: " + value);
    }

    static Integer getInteger(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static Long getLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /** True when a write failed because a row with its key (or another unique value) exists already. */
    static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLiteException sqlite && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                    || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY)) {
                return true;
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
