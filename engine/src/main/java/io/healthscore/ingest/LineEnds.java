package io.healthscore.ingest;

/**
 * Line terminators as the existing readers count them (BufferedReader for JSON Lines, Jackson for CSV): "\n",
 * "\r\n" and a lone "\r" each end a line. Every region scanned ends in '\n', so a lookahead after '\r' stays inside.
 */
final class LineEnds {
    private LineEnds() {
    }

    /** Where the line starting at {@code from} ends: the index of its terminator. */
    static int end(byte[] bytes, int from) {
        int at = from;
        while (bytes[at] != '\n' && bytes[at] != '\r') {
            at++;
        }
        return at;
    }

    /** The start of the next line when a terminator is at {@code at}, else -1. */
    static int after(byte[] bytes, int at) {
        return switch (bytes[at]) {
            case '\n' -> at + 1;
            case '\r' -> bytes[at + 1] == '\n' ? at + 2 : at + 1;
            default -> -1;
        };
    }

    /** As {@link #after} once JSON blanks (space, tab) are skipped. */
    static int afterBlanks(byte[] bytes, int from) {
        int at = from;
        while (bytes[at] == ' ' || bytes[at] == '\t') {
            at++;
        }
        return after(bytes, at);
    }
}
