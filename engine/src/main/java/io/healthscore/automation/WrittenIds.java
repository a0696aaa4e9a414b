package io.healthscore.automation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The event ids of a stretch of a triggers file: the top-level {@code id} of each JSON line. */
final class WrittenIds {
    private static final Logger LOG = LoggerFactory.getLogger(WrittenIds.class);
    private static final JsonFactory JSON = new JsonFactory();

    private WrittenIds() {
    }

    /**
     * Reads the lines from {@code from} to {@code to} through {@code channel} (held open and locked by the caller,
     * its position is left where the read ended); a line that is not a trigger is skipped with a warning.
     */
    static Set<String> read(FileChannel channel, long from, long to, Path file) throws IOException {
        Set<String> ids = new HashSet<>();
        channel.position(from);
        BufferedReader lines = new BufferedReader(new InputStreamReader(
                new BoundedStream(Channels.newInputStream(channel), to - from), StandardCharsets.UTF_8));
        long number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String id = id(line);
            if (id != null) {
                ids.add(id);
            } else if (!line.isBlank()) {
                LOG.warn("{}: line {} after byte {} is not a trigger (no \"id\"); left as it is", file, number, from);
            }
        }
        return ids;
    }

    private static String id(String line) {
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("id") && value == JsonToken.VALUE_STRING) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** At most {@code limit} bytes of a stream, and never closes it (the channel belongs to the caller). */
    private static final class BoundedStream extends java.io.InputStream {
        private final java.io.InputStream in;
        private long left;

        BoundedStream(java.io.InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int value = in.read();
            if (value >= 0) {
                left--;
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }

        @Override
        public void close() {
        }
    }
}
