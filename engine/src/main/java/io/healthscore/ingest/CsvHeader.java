package io.healthscore.ingest;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A CSV file's first line as the header of the fast path, when it is plain: distinct names of
 * {@code A-Z a-z 0-9 . _ -} separated by commas. Anything else (a byte order mark, blanks, quotes, a blank first
 * line) leaves the whole file to the existing reader, which knows those cases.
 */
final class CsvHeader {
    static final int OTHER = 0;
    private static final int MOST_BYTES = 64 * 1024;
    private static final Map<String, Integer> FIELDS = Map.of("company", CleanRecord.COMPANY,
            "week", CleanRecord.WEEK, "login", CleanRecord.LOGIN, "adoption", CleanRecord.ADOPTION, "nps", CleanRecord.NPS);

    private final List<String> names;
    private final int[] fields;
    private final long dataStart;

    private CsvHeader(List<String> names, long dataStart) {
        this.names = List.copyOf(names);
        this.fields = names.stream().mapToInt(name -> FIELDS.getOrDefault(name, OTHER)).toArray();
        this.dataStart = dataStart;
    }

    /** The plain header on the first line of the file, or null. */
    static CsvHeader read(FileChannel channel) throws IOException {
        byte[] bytes = new byte[(int) Math.min(channel.size(), MOST_BYTES)];
        int length = FileChunks.read(channel, 0, bytes, 0, bytes.length);
        int end = 0;
        while (end < length && bytes[end] != '\n' && bytes[end] != '\r') {
            end++;
        }
        if (end + 1 >= length && length < channel.size()) {
            return null; // the line, or its "\r\n", goes on past the first block: no plain header
        }
        long dataStart = end == length ? length
                : bytes[end] == '\r' && end + 1 < length && bytes[end + 1] == '\n' ? end + 2 : end + 1;
        List<String> names = names(new String(bytes, 0, end, StandardCharsets.ISO_8859_1));
        return names == null ? null : new CsvHeader(names, dataStart);
    }

    private static List<String> names(String line) {
        List<String> names = new ArrayList<>(List.of(line.split(",", -1)));
        boolean plain = names.stream().allMatch(name -> name.matches("[A-Za-z0-9._-]+"));
        return plain && new HashSet<>(names).size() == names.size() ? names : null;
    }

    List<String> names() {
        return names;
    }

    int columns() {
        return fields.length;
    }

    /** The record field of a column (a {@link CleanRecord} constant), or {@link #OTHER}. */
    int field(int column) {
        return fields[column];
    }

    /** Where line 2 starts. */
    long dataStart() {
        return dataStart;
    }
}
