package io.healthscore.whatif;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What candidate rules would change over stored history, against the rules in force: the band changes in
 * month and company order, how many scores would change, every trigger either side fires (by name), the triggers a
 * cooldown holds back on either side ({@code suppressed}, by name), and how many in-force re-scorings differ from
 * the stored assessments or have none stored.
 */
public record WhatIfReport(
        YearMonth from,
        YearMonth to,
        String inForceHash,
        String candidateHash,
        long assessments,
        long companies,
        List<BandChange> bandChanges,
        long scoreChanges,
        SortedMap<String, TriggerCounts> triggers,
        SortedMap<String, TriggerCounts> suppressed,
        long storedDiffers,
        long notStored,
        Duration duration) {

    public WhatIfReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(inForceHash, "inForceHash");
        Objects.requireNonNull(candidateHash, "candidateHash");
        Objects.requireNonNull(duration, "duration");
        bandChanges = List.copyOf(bandChanges);
        triggers = Collections.unmodifiableSortedMap(new TreeMap<>(triggers));
        suppressed = Collections.unmodifiableSortedMap(new TreeMap<>(suppressed));
    }

    public long triggersInForce() {
        return triggers.values().stream().mapToLong(TriggerCounts::inForce).sum();
    }

    public long triggersCandidate() {
        return triggers.values().stream().mapToLong(TriggerCounts::candidate).sum();
    }
}
