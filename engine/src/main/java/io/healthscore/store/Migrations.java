package io.healthscore.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * The schema of each store kind, created and brought up to date by Flyway. PostgreSQL keeps the migrations of
 * healthscore 0.1 ({@code db/migration}, which also ran on its H2 store) and adds its own; the embedded SQLite
 * store starts from one script of today's layout ({@code db/sqlite}).
 */
public final class Migrations {
    private Migrations() {
    }

    /** The Flyway set-up of a store kind, e.g. to read its migration history. */
    public static Flyway flyway(Dialect dialect, DataSource dataSource) {
        String[] locations = dialect == Dialect.SQLITE ? new String[] {"classpath:db/sqlite"}
                : new String[] {"classpath:db/migration", "classpath:db/postgresql"};
        return Flyway.configure().dataSource(dataSource).locations(locations).load();
    }

    static void migrate(StoreLocation location, DataSource dataSource) {
        try {
            flyway(location.dialect(), dataSource).migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot bring store " + location.display() + " up to date: "
                    + Database.rootMessage(e), e);
        }
    }

    static void requireUpToDate(StoreLocation location, DataSource dataSource) {
        MigrationInfoService info;
        try {
            info = flyway(location.dialect(), dataSource).info();
        } catch (FlywayException e) {
            throw new StoreException("cannot read the schema version of store " + location.display() + ": "
                    + Database.rootMessage(e), e);
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
}
