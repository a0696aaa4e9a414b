package io.healthscore.ingest;

/**
 * Receives the valid weekly records of one chunk of a metrics file, on the thread that reads that chunk, in line
 * order. Numbers are exact decimals as unscaled values at {@link #SCALE} (82.5 is 82_500_000).
 */
interface MetricsSink {
    int SCALE = 6;
    /** The {@code nps} of a week without feedback (absent or null in the input). */
    long NO_NPS = Long.MIN_VALUE;

    /**
     * One valid record. {@code epochDay} is the Monday's {@code LocalDate.toEpochDay()} (a long: the slow path
     * accepts signed years far beyond what an int of days holds); {@code line} counts from 1, and of two records
     * for the same company and week the one with the later line wins.
     */
    void week(String company, long epochDay, long login, long adoption, long nps, long line);
}
