package io.healthscore.ingest;

/**
 * A record that was not stored, and why: {@code FILE:LINE: reason}; JSON array elements also name their
 * index ({@code FILE:LINE: element 3: reason}, counting from 0).
 */
public record Rejection(String file, long line, Integer element, String reason) {
    @Override
    public String toString() {
        // one line per rejection, even when the rejected value holds a line break
        String oneLine = reason.replace("\r", "\\r").replace("\n", "\\n");
        return file + ":" + line + ": " + (element == null ? "" : "element " + element + ": ") + oneLine;
    }
}
