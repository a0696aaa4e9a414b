package io.healthscore.schedule;

import io.healthscore.rules.ActiveRules;
import io.healthscore.rules.Lease;
import io.healthscore.run.ProvisionalScoring;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the weekly firing does: scores the current month to date with the active rules. */
public final class ProvisionalRuns {
    private static final Logger LOG = LoggerFactory.getLogger(ProvisionalRuns.class);

    private final ProvisionalScoring scoring;
    private final ActiveRules rules;

    public ProvisionalRuns(ProvisionalScoring scoring, ActiveRules rules) {
        this.scoring = scoring;
        this.rules = rules;
    }

    /** Scores the month to date by the clock (not by {@code scheduledFor}: a late firing sees more weeks). */
    public void run(Instant scheduledFor) {
        LOG.info("provisional firing of {}: scoring {} to date", scheduledFor, scoring.toDate().month());
        try (Lease lease = rules.lease(); PrintStream silent = new PrintStream(OutputStream.nullOutputStream())) {
            scoring.run(lease.rules(), silent, score -> { });
        }
    }
}
