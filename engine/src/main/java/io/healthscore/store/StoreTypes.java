package io.healthscore.store;

import io.healthscore.company.CompanyId;
import io.healthscore.trigger.DeliveryStatus;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * How the repositories' values are bound and read through jdbi, in each store's types: on SQLite a time is INTEGER
 * microseconds since the epoch and a decimal is TEXT in plain notation (SQLite has no exact number type). A month
 * is its {@code YYYY-MM} text, a company its id, a delivery status its code.
 */
final class StoreTypes {
    private StoreTypes() {
    }

    static Jdbi register(Jdbi jdbi, Dialect dialect) {
        boolean sqlite = dialect == Dialect.SQLITE;
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(sqlite ? Types.BIGINT : Types.TIMESTAMP_WITH_TIMEZONE) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return sqlite ? (position, statement, context) -> statement.setLong(position, Sql.micros(value))
                        : (position, statement, context) -> statement.setTimestamp(position, Timestamp.from(value));
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<BigDecimal>(Types.NUMERIC) {
            @Override
            protected Argument build(BigDecimal value, ConfigRegistry config) {
                return sqlite ? (position, statement, context) -> statement.setString(position, value.toPlainString())
                        : (position, statement, context) -> statement.setBigDecimal(position, value);
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<YearMonth>(Types.VARCHAR) {
            @Override
            protected Argument build(YearMonth value, ConfigRegistry config) {
                return (position, statement, context) -> statement.setString(position, value.toString());
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<CompanyId>(Types.VARCHAR) {
            @Override
            protected Argument build(CompanyId value, ConfigRegistry config) {
                return (position, statement, context) -> statement.setString(position, value.value());
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<DeliveryStatus>(Types.VARCHAR) {
            @Override
            protected Argument build(DeliveryStatus value, ConfigRegistry config) {
                return (position, statement, context) -> statement.setString(position, value.code());
            }
        });
        jdbi.registerColumnMapper(Instant.class, (row, column, context) -> Sql.instant(row.getObject(column)));
        // a stored decimal without the column's trailing zeros (82.500000 reads back as 82.5, 100.000000 as 100)
        jdbi.registerColumnMapper(BigDecimal.class, (row, column, context) -> {
            BigDecimal value = row.getBigDecimal(column);
            return value == null ? null : Sql.plain(value);
        });
        jdbi.registerColumnMapper(YearMonth.class, (row, column, context) -> {
            String value = row.getString(column);
            return value == null ? null : YearMonth.parse(value);
        });
        jdbi.registerColumnMapper(CompanyId.class, (row, column, context) -> {
            String value = row.getString(column);
            return value == null ? null : CompanyId.of(value);
        });
        jdbi.registerColumnMapper(DeliveryStatus.class, (row, column, context) -> {
            String value = row.getString(column);
            return value == null ? null : DeliveryStatus.parse(value);
        });
        return jdbi;
    }
}
