package io.healthscore.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/** Hands Quartz connections from the store's pool, so schedule and assessments live in one database. */
final class StoreConnections implements ConnectionProvider {
    private final DataSource dataSource;

    StoreConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
        // the pool belongs to the store, which closes it
    }

    @Override
    public void initialize() {
        // the pool is open before the scheduler starts
    }
}
