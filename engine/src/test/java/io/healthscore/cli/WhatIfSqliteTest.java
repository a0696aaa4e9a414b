package io.healthscore.cli;

class WhatIfSqliteTest extends WhatIfStoreContract {
    WhatIfSqliteTest() {
        super(HistoryStore.Kind.EMBEDDED);
    }
}
