package io.healthscore.testhelper;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on what a CLI run wrote to standard error. */
public final class Stderr {
    private Stderr() {
    }

    /** Contract section 4: errors are clear lines, never a stack trace (unless --verbose asked for one). */
    public static void assertNoStackTrace(CliRun run) {
        assertThat(run.err()).as("stderr of a run without --verbose")
                .doesNotContain("\tat ")
                .doesNotContain("Caused by:");
    }
}
