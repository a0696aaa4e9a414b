package io.healthscore.rules;

/** Tells when the rules folder changed and has since been quiet for a while: a save is complete. */
interface FolderChanges extends AutoCloseable {

    enum Change {
        /** Rule files changed and have been quiet since. */
        SETTLED,
        /** What is watched is no longer the folder at that path (deleted, or replaced by another): watch it anew. */
        FOLDER_LOST,
        /** {@link #close()} was called. */
        CLOSED
    }

    /** Blocks until the next settled change, a lost folder, or close. */
    Change await() throws InterruptedException;

    /** Makes a blocked or later {@link #await()} return {@link Change#CLOSED}. */
    @Override
    void close();
}
