package io.healthscore.cli;

import io.healthscore.testhelper.PostgresTest;

@PostgresTest
class WhatIfPostgresTest extends WhatIfStoreContract {
    WhatIfPostgresTest() {
        super(HistoryStore.Kind.POSTGRESQL);
    }
}
