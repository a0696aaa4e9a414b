package io.healthscore.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/** An open, migrated store: a connection pool plus the dialect its SQL is written in. */
public final class Database implements AutoCloseable {
    private static final int H2_LOCKED = 90020;
    /** H2 refuses every write on a connection opened with this; PostgreSQL gets read-only transactions instead. */
    private static final String H2_READ_ONLY = ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
    private static final int READ_ONLY_CONNECTIONS = 3;

    private final StoreLocation location;
    private final HikariDataSource dataSource;

    private Database(StoreLocation location, HikariDataSource dataSource) {
        this.location = location;
        this.dataSource = dataSource;
    }

    /** Opens the store and brings its schema up to date. */
    public static Database open(StoreLocation location) {
        return open(location, location.embedded() ? 3 : 6);
    }

    /** Opens the store with room for {@code connections} connections at once (a service needs more than a command). */
    public static Database open(StoreLocation location, int connections) {
        createFolder(location);
        HikariDataSource dataSource = connect(location, location.jdbcUrl(), connections, false);
        try {
            flyway(dataSource).migrate();
        } catch (FlywayException e) {
            dataSource.close();
            throw new StoreException("cannot bring store " + location.display() + " up to date: " + rootMessage(e), e);
        }
        return new Database(location, dataSource);
    }

    /**
     * Opens an existing store for reading only: every write fails, and nothing migrates the schema, so it must
     * be up to date already (any other command brings it up to date).
     */
    public static Database openReadOnly(StoreLocation location) {
        if (location.embedded() && !Files.isRegularFile(location.folder().resolve(StoreLocation.H2_FILE + ".mv.db"))) {
            throw new StoreException("store " + location.display() + " does not exist; point --store at the folder"
                    + " of an existing store (ingest creates one) or at a PostgreSQL JDBC URL");
        }
        String url = location.embedded() ? location.jdbcUrl() + H2_READ_ONLY : location.jdbcUrl();
        HikariDataSource dataSource = connect(location, url, READ_ONLY_CONNECTIONS, true);
        try {
            requireUpToDate(location, dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(location, dataSource);
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    private static void requireUpToDate(StoreLocation location, DataSource dataSource) {
        MigrationInfoService info;
        try {
            info = flyway(dataSource).info();
        } catch (FlywayException e) {
            throw new StoreException("cannot read the schema version of store " + location.display() + ": "
                    + rootMessage(e), e);
        }
        MigrationInfo current = info.current();
        if (current == null) {
            throw new StoreException("store " + location.display() + " holds no healthscore data yet;"
                    + " ingest metrics and run months first");
        }
        if (info.pending().length > 0) {
            throw new StoreException("store " + location.display() + " has schema version " + current.getVersion()
                    + ", older than this healthscore's " + info.pending()[info.pending().length - 1].getVersion()
                    + "; run any other command once (e.g. 'healthscore runs') to bring it up to date");
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return location.dialect();
    }

    public StoreLocation location() {
        return location;
    }

    /**
     * Makes every commit so far survive the process being killed. H2 writes commits to its file up to a second
     * later (in the background, batched: a commit per write would halve the speed of a month run); a dispatcher
     * calls this before it hands triggers it just stored to a receiver, so that a delivered trigger is never one
     * the store then forgets. PostgreSQL's commits are durable when they return.
     */
    public void flush() {
        if (dialect() == Dialect.H2) {
            inTransaction(connection -> {
                try (Statement checkpoint = connection.createStatement()) {
                    checkpoint.execute("CHECKPOINT");
                }
                return null;
            });
        }
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("store " + location.display() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static void createFolder(StoreLocation location) {
        if (location.embedded()) {
            try {
                Files.createDirectories(location.folder());
            } catch (IOException e) {
                throw new StoreException("cannot create store folder " + location.folder() + ": " + e.getMessage(), e);
            }
        }
    }

    private static HikariDataSource connect(StoreLocation location, String url, int connections, boolean readOnly) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setReadOnly(readOnly);
        config.setPoolName("healthscore-store");
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(1);
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(10_000);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw explain(location, e.getCause() == null ? e : e.getCause());
        }
    }

    private static StoreException explain(StoreLocation location, Throwable cause) {
        if (cause instanceof SQLException sql && sql.getErrorCode() == H2_LOCKED) {
            return new StoreException("store " + location.display() + " is in use by another healthscore process;"
                    + " wait for it to finish, or point --store at another folder", cause);
        }
        return new StoreException("cannot open store " + location.display() + ": " + rootMessage(cause), cause);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).lines().findFirst().orElse(root.getClass().getSimpleName());
    }

    /** Work on one connection inside a transaction. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
