package io.healthscore.ingest;

import java.io.IOException;

/** How one format's lines are read: a fast scan of clean records, and the existing reader for every other line. */
interface LineFormat {
    /** Where the next line starts when the line at {@code from} is clean (and given to the sink), else -1. */
    int fast(byte[] bytes, int from, long line);

    /** Hands the line {@code [from, to)}, its terminator excluded, to the existing reader, which decides. */
    void slow(byte[] bytes, int from, int to, long line) throws IOException;
}
