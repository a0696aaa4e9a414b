package io.healthscore.manual;

import io.healthscore.store.StoreLocation;
import io.healthscore.testhelper.Postgres;
import io.healthscore.testhelper.PostgresTest;
import java.nio.file.Path;

@PostgresTest
class PostgresOverrideExpiryTest extends OverrideExpiryContract {
    @Override
    StoreLocation create(Path scratch) {
        return StoreLocation.parse(Postgres.createDatabase());
    }

    @Override
    void drop(StoreLocation location) {
        Postgres.dropDatabase(location.jdbcUrl());
    }
}
