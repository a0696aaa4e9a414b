package io.healthscore.api;

import java.nio.file.Path;

class EmbeddedRuleVocabularyApiTest extends RuleVocabularyApiContract {
    @Override
    String createStore(Path folder) {
        return folder.resolve("store").toString();
    }

    @Override
    void dropStore(String store) {
        // the folder goes with the test's temporary directory
    }
}
