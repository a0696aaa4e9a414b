package io.healthscore.ingest;

/** A byte range of a file that starts a line and ends just after a '\n' or at the end of the file. */
record Chunk(long start, long end) {
    long length() {
        return end - start;
    }
}
