package io.healthscore.cli;

class WhatIfChainingH2Test extends WhatIfChainingContract {
    WhatIfChainingH2Test() {
        super(HistoryStore.Kind.EMBEDDED);
    }
}
