package io.healthscore.store;

import io.healthscore.rules.RuleSet;
import io.healthscore.rules.ScoringSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The text of each rule set that scored something, by rule-set hash; recorded once, never changed. */
public final class RuleFileRepository {
    private static final String INSERT = """
            INSERT INTO rule_files (rules_hash, file, content, recorded_at) VALUES (:hash, :file, :content, :at)
            ON CONFLICT (rules_hash, file) DO NOTHING""";
    private static final String FIND = "SELECT file, content FROM rule_files WHERE rules_hash = :hash ORDER BY file";

    private final Database database;

    public RuleFileRepository(Database database) {
        this.database = database;
    }

    /** Records the files of a rule set unless they are recorded already (by this node or another). */
    public void record(String rulesHash, Map<String, String> files, Instant now) {
        database.inTransaction(handle -> {
            PreparedBatch insert = handle.prepareBatch(INSERT);
            files.forEach((file, content) -> insert.bind("hash", rulesHash).bind("file", file).bind("content", content)
                    .bind("at", now).add());
            return insert.execute();
        });
    }

    /**
     * Records the files of every set of the rules (the base set, each segment's) under that set's hash, which its
     * assessments carry, so that explain finds exactly the files that scored one.
     */
    public void record(RuleSet rules, Instant now) {
        for (ScoringSet set : rules.sets()) {
            record(set.hash(), set.sources(), now);
        }
    }

    /** The files of a recorded rule set by name, in file-name order; empty when the hash was never recorded. */
    public Map<String, String> find(String rulesHash) {
        return database.inTransaction(handle -> {
            Map<String, String> files = new LinkedHashMap<>();
            handle.createQuery(FIND).bind("hash", rulesHash)
                    .map(row -> Map.entry(row.getColumn("file", String.class), row.getColumn("content", String.class)))
                    .forEach(file -> files.put(file.getKey(), file.getValue()));
            return files;
        });
    }
}
