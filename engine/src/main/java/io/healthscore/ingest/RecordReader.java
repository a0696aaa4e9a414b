package io.healthscore.ingest;

import java.nio.file.Path;
import java.util.Map;

/** Reads the records of one input file, handing each (or why it could not be read) to a handler. */
interface RecordReader {
    void read(Path file, Handler handler);

    /** Receives records in file order with their position. */
    interface Handler {
        void record(long line, Integer element, Map<String, FieldValue> values);

        void unreadable(long line, Integer element, String reason);
    }

    static RecordReader forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            return new JsonLinesReader();
        }
        if (name.endsWith(".json")) {
            return new JsonArrayReader();
        }
        if (name.endsWith(".csv")) {
            return new CsvReader();
        }
        throw new IllegalArgumentException(file + ": unsupported file type; accepted: .jsonl (JSON Lines), .json (a JSON array), .csv (with a header row)");
    }
}
