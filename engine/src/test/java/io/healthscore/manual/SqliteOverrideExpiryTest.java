package io.healthscore.manual;

import io.healthscore.store.StoreLocation;
import java.nio.file.Path;

class SqliteOverrideExpiryTest extends OverrideExpiryContract {
    @Override
    StoreLocation create(Path scratch) {
        return StoreLocation.parse(scratch.resolve("store").toString());
    }

    @Override
    void drop(StoreLocation location) {
        // the folder goes with the test's temporary directory
    }
}
