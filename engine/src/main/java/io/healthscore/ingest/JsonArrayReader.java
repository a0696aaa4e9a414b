package io.healthscore.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A JSON array of objects, streamed. Elements are numbered from 0. Malformed JSON ends the file at that point:
 * the elements before it are kept, and the message says the rest was not read.
 */
final class JsonArrayReader implements RecordReader {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void read(Path file, Handler handler) {
        int element = 0;
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                handler.unreadable(line(parser), null, "expected a JSON array [ {...}, ... ], got "
                        + (first == null ? "an empty file" : JsonFields.describe(first)) + "; JSON Lines files end in .jsonl");
                return;
            }
            for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY;
                    token = parser.nextToken()) {
                long line = line(parser);
                if (token == JsonToken.START_OBJECT) {
                    handler.record(line, element, JsonFields.readObject(parser));
                } else {
                    parser.skipChildren();
                    handler.unreadable(line, element, "expected a JSON object {...}, got " + JsonFields.describe(token));
                }
                element++;
            }
            JsonToken after = parser.nextToken();
            if (after != null) {
                handler.unreadable(line(parser), null, "expected the end of the file after the array's closing ], got "
                        + JsonFields.describe(after) + "; nothing after it was read; accepted: one JSON array per .json file");
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            handler.unreadable(line, element, "malformed JSON: " + JsonFields.shortMessage(e)
                    + "; this element and the rest of the file were not read");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static long line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
