package io.healthscore.scoring;

import java.nio.file.Path;

class SqliteRuleVocabularyTest extends RuleVocabularyContract {
    @Override
    String createStore(Path folder) {
        return folder.resolve("store").toString();
    }

    @Override
    void dropStore(String store) {
        // the folder goes with the test's temporary directory
    }
}
