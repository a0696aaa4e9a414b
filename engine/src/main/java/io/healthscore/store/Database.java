package io.healthscore.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** An open, migrated store: a connection pool plus the dialect its SQL is written in. */
public final class Database implements AutoCloseable {
    private static final int H2_LOCKED = 90020;

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
        HikariDataSource dataSource = connect(location, connections);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            dataSource.close();
            throw new StoreException("cannot bring store " + location.display() + " up to date: " + rootMessage(e), e);
        }
        return new Database(location, dataSource);
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

    private static HikariDataSource connect(StoreLocation location, int connections) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
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
