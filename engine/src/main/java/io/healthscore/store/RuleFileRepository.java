package io.healthscore.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The text of each rule set that scored something, by rule-set hash; recorded once, never changed. */
public final class RuleFileRepository {
    private static final String INSERT = """
            INSERT INTO rule_files (rules_hash, file, content, recorded_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (rules_hash, file) DO NOTHING""";
    private static final String FIND = "SELECT file, content FROM rule_files WHERE rules_hash = ? ORDER BY file";

    private final Database database;

    public RuleFileRepository(Database database) {
        this.database = database;
    }

    /** Records the files of a rule set unless they are recorded already (by this node or another). */
    public void record(String rulesHash, Map<String, String> files, Instant now) {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Map.Entry<String, String> file : files.entrySet()) {
                    insert.setString(1, rulesHash);
                    insert.setString(2, file.getKey());
                    insert.setString(3, file.getValue());
                    Sql.setInstant(insert, 4, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** The files of a recorded rule set by name, in file-name order; empty when the hash was never recorded. */
    public Map<String, String> find(String rulesHash) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(FIND)) {
                query.setString(1, rulesHash);
                try (ResultSet row = query.executeQuery()) {
                    Map<String, String> files = new LinkedHashMap<>();
                    while (row.next()) {
                        files.put(row.getString("file"), row.getString("content"));
                    }
                    return files;
                }
            }
        });
    }
}
