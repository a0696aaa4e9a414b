package io.healthscore.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/** An open, migrated store: a connection pool, jdbi over it, and the dialect its SQL is written in. */
public final class Database implements AutoCloseable {
    private static final int READ_ONLY_CONNECTIONS = 3;
    /** How long an embedded writer waits for another one to commit before it gives up. */
    private static final int BUSY_TIMEOUT_MS = 120_000;

    private final StoreLocation location;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final StoreLock lock;

    private Database(StoreLocation location, HikariDataSource dataSource, StoreLock lock) {
        this.location = location;
        this.dataSource = dataSource;
        this.jdbi = StoreTypes.register(Jdbi.create(dataSource), location.dialect());
        this.lock = lock;
    }

    /** Opens the store and brings its schema up to date. */
    public static Database open(StoreLocation location) {
        return open(location, location.embedded() ? 4 : 6);
    }

    /** Opens the store with room for {@code connections} connections at once (a service needs more than a command). */
    public static Database open(StoreLocation location, int connections) {
        StoreLock lock = location.embedded() ? StoreLock.take(createFolder(location), location.display()) : null;
        return openUnder(lock, location, location.embedded(), connections, false);
    }

    /**
     * Opens an existing store for reading only: every write fails, and nothing migrates the schema, so it must
     * be up to date already (any other command brings it up to date).
     */
    public static Database openReadOnly(StoreLocation location) {
        boolean legacy = location.embedded() && Files.isRegularFile(location.folder().resolve(StoreLocation.LEGACY_FILE));
        if (location.embedded() && !Files.isRegularFile(location.file()) && !legacy) {
            throw new StoreException("store " + location.display() + " does not exist; point --store at the folder"
                    + " of an existing store (ingest creates one) or at a PostgreSQL JDBC URL");
        }
        StoreLock lock = location.embedded() ? StoreLock.take(location.folder(), location.display()) : null;
        // a 0.1 store: the H2 file stays as it is; the store it holds is copied into today's format first
        return openUnder(lock, location, legacy, READ_ONLY_CONNECTIONS, true);
    }

    /**
     * Under {@code lock} (null: a server), migrates a 0.1 store first when {@code legacy}, connects, and migrates the
     * schema or, read-only, checks it is up to date; whatever fails closes what was opened.
     */
    private static Database openUnder(StoreLock lock, StoreLocation location, boolean legacy, int connections,
            boolean readOnly) {
        try {
            if (legacy) {
                LegacyStore.migrateIfFound(location);
            }
            HikariDataSource dataSource = connect(location, connections, readOnly);
            try {
                if (readOnly) {
                    Migrations.requireUpToDate(location, dataSource);
                } else {
                    Migrations.migrate(location, dataSource);
                }
            } catch (RuntimeException e) {
                dataSource.close();
                throw e;
            }
            return new Database(location, dataSource, lock);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
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

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        return transaction(work, false);
    }

    /**
     * Runs reading work in one transaction that never blocks writers: a long read (a month's inputs) runs beside the
     * writer storing its results. On SQLite the transaction starts deferred, as a reader of the write-ahead log,
     * where every other transaction takes the write lock when it begins.
     */
    public <T> T reading(SqlWork<T> work) {
        return transaction(work, dialect() == Dialect.SQLITE);
    }

    private <T> T transaction(SqlWork<T> work, boolean deferred) {
        try (Handle handle = jdbi.open()) {
            SQLiteConnection sqlite = deferred ? handle.getConnection().unwrap(SQLiteConnection.class) : null;
            SQLiteConfig.TransactionMode mode = deferred ? sqlite.getConnectionConfig().getTransactionMode() : null;
            if (deferred) {
                sqlite.getConnectionConfig().setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
            }
            try {
                return handle.inTransaction(work::run);
            } finally {
                if (deferred) {
                    sqlite.getConnectionConfig().setTransactionMode(mode);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("store " + location.display() + ": " + e.getMessage(), e);
        } catch (JdbiException e) {
            throw new StoreException("store " + location.display() + ": " + sqlMessage(e), e);
        }
    }

    /** The database's own message, as a JDBC failure gives it, rather than jdbi's with the statement appended. */
    private static String sqlMessage(JdbiException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getMessage();
            }
        }
        return error.getMessage();
    }

    @Override
    public void close() {
        try {
            dataSource.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private static java.nio.file.Path createFolder(StoreLocation location) {
        try {
            Files.createDirectories(location.folder());
            return location.folder().toRealPath();
        } catch (IOException e) {
            throw new StoreException("cannot create store folder " + location.folder() + ": " + e.getMessage(), e);
        }
    }

    private static HikariDataSource connect(StoreLocation location, int connections, boolean readOnly) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        config.setReadOnly(readOnly);
        config.setPoolName("healthscore-store");
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(1);
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(location.embedded() ? BUSY_TIMEOUT_MS : 10_000);
        if (location.embedded()) {
            config.setDataSourceProperties(sqlite(readOnly).toProperties());
        }
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw explain(location, e.getCause() == null ? e : e.getCause());
        }
    }

    /**
     * The embedded store's settings: a write-ahead log, so readers never wait for the writer and a commit survives
     * the process being killed once it returns; writers take the write lock when they begin (no deadlock between
     * two that read first), and wait for each other rather than fail.
     */
    private static SQLiteConfig sqlite(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        if (!readOnly) {
            // kept in the file: a read-only connection must not try to set it
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-64_000);
        config.setReadOnly(readOnly);
        config.setTransactionMode(readOnly ? SQLiteConfig.TransactionMode.DEFERRED
                : SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    static StoreException explain(StoreLocation location, Throwable cause) {
        return new StoreException("cannot open store " + location.display() + ": " + rootMessage(cause), cause);
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).lines().findFirst().orElse(root.getClass().getSimpleName());
    }

    /**
     * Work on one handle inside a transaction; a bulk path reaches the handle's JDBC connection with
     * {@link Handle#getConnection()}.
     */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Handle handle) throws SQLException;
    }
}
