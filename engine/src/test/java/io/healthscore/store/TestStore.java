package io.healthscore.store;

import io.healthscore.testhelper.Postgres;
import java.nio.file.Path;

/** The kinds of store a contract test runs against: each makes an empty store for one test and removes it after. */
enum TestStore {
    /** The embedded SQLite store in a folder of the test's temporary directory. */
    SQLITE {
        @Override
        StoreLocation create(Path scratch) {
            return StoreLocation.parse(scratch.resolve("store").toString());
        }

        @Override
        void drop(StoreLocation location) {
            // the folder goes with the test's temporary directory
        }
    },
    /** A fresh database on the test PostgreSQL server, with the server's default collation. */
    POSTGRESQL {
        @Override
        StoreLocation create(Path scratch) {
            return StoreLocation.parse(Postgres.createDatabase());
        }
    },
    /**
     * A fresh PostgreSQL database collated by a language locale (ICU en-US), which orders "a_b" before "A1" and
     * "ab" before "Ab", unlike Java's String order.
     */
    POSTGRESQL_LOCALE_COLLATED {
        @Override
        StoreLocation create(Path scratch) {
            return StoreLocation.parse(Postgres.createDatabaseCollated("en-US"));
        }
    };

    abstract StoreLocation create(Path scratch);

    void drop(StoreLocation location) {
        Postgres.dropDatabase(location.jdbcUrl());
    }
}
