package io.healthscore.cli;

class WhatIfH2Test extends WhatIfStoreContract {
    WhatIfH2Test() {
        super(HistoryStore.Kind.EMBEDDED);
    }
}
