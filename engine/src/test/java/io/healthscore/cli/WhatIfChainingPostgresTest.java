package io.healthscore.cli;

import io.healthscore.testhelper.PostgresTest;

@PostgresTest
class WhatIfChainingPostgresTest extends WhatIfChainingContract {
    WhatIfChainingPostgresTest() {
        super(HistoryStore.Kind.POSTGRESQL);
    }
}
