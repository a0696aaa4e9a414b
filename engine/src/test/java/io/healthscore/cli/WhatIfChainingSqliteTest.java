package io.healthscore.cli;

class WhatIfChainingSqliteTest extends WhatIfChainingContract {
    WhatIfChainingSqliteTest() {
        super(HistoryStore.Kind.EMBEDDED);
    }
}
