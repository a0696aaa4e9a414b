package io.healthscore.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates an embedded store of healthscore 0.1 (H2, {@code healthscore.mv.db}) to SQLite the first time a command
 * opens its folder: every company, week, assessment, trigger (with its delivery state), override, activity, run,
 * rule file and the schedule are copied in one pass, the weeks packed a row per company and month. The H2 file is
 * kept beside it as {@code healthscore.mv.db.migrated}, so nothing is lost if a step fails. Plain JDBC: it copies
 * whole tables between two connections of its own, column by column as the H2 metadata names them.
 */
final class LegacyStore {
    private static final Logger LOG = LoggerFactory.getLogger(LegacyStore.class);
    private static final String MIGRATED_SUFFIX = ".migrated";
    /** In copy order; weekly_metrics goes to metrics (see {@link #copyWeeks}). */
    private static final List<String> TABLES = List.of("companies", "assessments", "triggers", "rule_files", "runs",
            "run_shards", "overrides", "activities", "QRTZ_JOB_DETAILS", "QRTZ_TRIGGERS", "QRTZ_SIMPLE_TRIGGERS",
            "QRTZ_CRON_TRIGGERS", "QRTZ_SIMPROP_TRIGGERS", "QRTZ_BLOB_TRIGGERS", "QRTZ_CALENDARS",
            "QRTZ_PAUSED_TRIGGER_GRPS", "QRTZ_FIRED_TRIGGERS", "QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS");
    private static final int BATCH = 5_000;

    private LegacyStore() {
    }

    /** Migrates the folder's H2 store when it has one and no SQLite store yet. */
    static void migrateIfFound(StoreLocation location) {
        Path legacy = location.folder().resolve(StoreLocation.LEGACY_FILE);
        if (!Files.isRegularFile(legacy) || Files.exists(location.file())) {
            return;
        }
        Path partial = location.folder().resolve(StoreLocation.STORE_FILE + ".migrating");
        try {
            deleteIfExists(partial);
            long started = System.nanoTime();
            LOG.info("store {}: migrating the H2 store of healthscore 0.1 ({}) to SQLite", location.display(), legacy);
            copy(location, partial);
            Files.move(partial, location.file(), StandardCopyOption.ATOMIC_MOVE);
            Files.move(legacy, legacy.resolveSibling(StoreLocation.LEGACY_FILE + MIGRATED_SUFFIX),
                    StandardCopyOption.ATOMIC_MOVE);
            LOG.info("store {}: migrated in {} ms; the H2 file is kept as {}{}", location.display(),
                    (System.nanoTime() - started) / 1_000_000, StoreLocation.LEGACY_FILE, MIGRATED_SUFFIX);
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(partial);
            throw new StoreException("cannot migrate store " + location.display() + " from healthscore 0.1 (H2): "
                    + Database.rootMessage(e) + "; the H2 file " + legacy + " is unchanged", e);
        }
    }

    private static void copy(StoreLocation location, Path target) throws SQLException {
        String h2Url = "jdbc:h2:file:" + location.folder().resolve("healthscore") + ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0";
        try (HikariDataSource h2 = pool(h2Url); HikariDataSource sqlite = pool("jdbc:sqlite:" + target)) {
            // a store of an earlier 0.1 build is brought to 0.1's last schema first, as 0.1 itself would have
            Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
            Migrations.flyway(Dialect.SQLITE, sqlite).migrate();
            try (Connection from = h2.getConnection(); Connection to = sqlite.getConnection()) {
                try (java.sql.Statement wal = to.createStatement()) {
                    // what Database opens every embedded store with; a read-only opener cannot set it
                    wal.execute("PRAGMA journal_mode=WAL");
                }
                to.setAutoCommit(false);
                for (String table : TABLES) {
                    LOG.info("  {}: {} rows", table, copyTable(from, to, table));
                }
                LOG.info("  weekly_metrics: {} weeks into metrics", copyWeeks(from, to));
                to.commit();
            }
        }
    }

    private static long copyTable(Connection from, Connection to, String table) throws SQLException {
        try (PreparedStatement select = from.prepareStatement("SELECT * FROM " + table);
             ResultSet rows = select.executeQuery()) {
            ResultSetMetaData columns = rows.getMetaData();
            List<String> names = new ArrayList<>();
            for (int column = 1; column <= columns.getColumnCount(); column++) {
                names.add(columns.getColumnName(column).toLowerCase(Locale.ROOT));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + Sql.marks(names) + ")";
            long copied = 0;
            try (PreparedStatement write = to.prepareStatement(insert)) {
                while (rows.next()) {
                    for (int column = 1; column <= names.size(); column++) {
                        write.setObject(column, sqliteValue(rows, column, columns.getColumnType(column)));
                    }
                    write.addBatch();
                    if (++copied % BATCH == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
            return copied;
        }
    }

    /** A column's value in the embedded store's types: times as microseconds, decimals as plain text. */
    private static Object sqliteValue(ResultSet rows, int column, int type) throws SQLException {
        return switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> {
                OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
                yield time == null ? null : Sql.micros(time.toInstant());
            }
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal value = rows.getBigDecimal(column);
                yield value == null ? null : value.toPlainString();
            }
            case Types.BOOLEAN -> {
                boolean value = rows.getBoolean(column);
                yield rows.wasNull() ? null : value;
            }
            default -> rows.getObject(column);
        };
    }

    private static long copyWeeks(Connection from, Connection to) throws SQLException {
        try (PreparedStatement select = from.prepareStatement("""
                SELECT company_id, year_month, week, login, adoption, nps, ingested_at FROM weekly_metrics
                ORDER BY year_month, company_id, week""");
             ResultSet rows = select.executeQuery();
             PreparedStatement write = to.prepareStatement(
                     "INSERT INTO metrics (year_month, company_id, weeks, ingested_at) VALUES (?, ?, ?, ?)")) {
            long weeks = 0;
            MonthOfWeeks month = null;
            while (rows.next()) {
                weeks++;
                CompanyId company = CompanyId.of(rows.getString("company_id"));
                String yearMonth = rows.getString("year_month");
                if (month == null || !month.is(yearMonth, company)) {
                    if (month != null) {
                        month.write(write);
                    }
                    month = new MonthOfWeeks(yearMonth, company);
                }
                month.add(new WeeklyMetrics(company, rows.getDate("week").toLocalDate(), rows.getBigDecimal("login"),
                        rows.getBigDecimal("adoption"), rows.getBigDecimal("nps")),
                        rows.getObject("ingested_at", OffsetDateTime.class).toInstant());
            }
            if (month != null) {
                month.write(write);
            }
            write.executeBatch();
            return weeks;
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("healthscore-legacy-store");
        config.setMaximumPoolSize(3);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

    private static void deleteIfExists(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
    }

    private static void deleteQuietly(Path file) {
        try {
            deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete the partial migration {}: {}", file, e.getMessage());
            LOG.debug("could not delete the partial migration {}", file, e);
        }
    }

    /** The weeks of one company and month being collected for one packed row. */
    private static final class MonthOfWeeks {
        private final String yearMonth;
        private final CompanyId company;
        private final List<WeeklyMetrics> weeks = new ArrayList<>();
        private Instant ingested = Instant.EPOCH;

        MonthOfWeeks(String yearMonth, CompanyId company) {
            this.yearMonth = yearMonth;
            this.company = company;
        }

        boolean is(String otherMonth, CompanyId otherCompany) {
            return yearMonth.equals(otherMonth) && company.equals(otherCompany);
        }

        void add(WeeklyMetrics week, Instant at) {
            weeks.add(week);
            ingested = at.isAfter(ingested) ? at : ingested;
        }

        void write(PreparedStatement write) throws SQLException {
            write.setString(1, yearMonth);
            write.setString(2, company.value());
            write.setString(3, PackedWeeks.encode(weeks));
            write.setLong(4, Sql.micros(ingested));
            write.addBatch();
        }
    }
}
