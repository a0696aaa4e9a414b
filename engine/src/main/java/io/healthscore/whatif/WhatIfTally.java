package io.healthscore.whatif;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.BandScore;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** Counts a what-if as its company-months come in; only the thread that adds may read it. */
final class WhatIfTally {
    private static final Comparator<BandChange> MONTH_THEN_COMPANY =
            Comparator.comparing(BandChange::month).thenComparing(BandChange::company);

    private final List<BandChange> bandChanges = new ArrayList<>();
    private final SortedMap<String, long[]> triggers = new TreeMap<>();
    private final SortedMap<String, long[]> suppressed = new TreeMap<>();
    private long assessments;
    private long companies;
    private long scoreChanges;
    private long storedDiffers;
    private long notStored;

    /** One company-month as both sides scored it, and as it is stored (null: not stored). */
    void add(Assessment inForce, Assessment candidate, BandScore stored) {
        assessments++;
        if (inForce.band() != candidate.band()) {
            bandChanges.add(new BandChange(inForce.company(), inForce.month(), BandScore.of(inForce),
                    BandScore.of(candidate)));
        }
        if (!Objects.equals(inForce.score(), candidate.score())) {
            scoreChanges++;
        }
        if (stored == null) {
            notStored++;
        } else if (!stored.equals(BandScore.of(inForce))) {
            storedDiffers++;
        }
        inForce.triggers().forEach(name -> triggers.computeIfAbsent(name, key -> new long[2])[0]++);
        candidate.triggers().forEach(name -> triggers.computeIfAbsent(name, key -> new long[2])[1]++);
        inForce.explanation().suppressed().keySet().forEach(name -> suppressed.computeIfAbsent(name, key -> new long[2])[0]++);
        candidate.explanation().suppressed().keySet()
                .forEach(name -> suppressed.computeIfAbsent(name, key -> new long[2])[1]++);
    }

    /** A month had this many companies; the report names the most any month had. */
    void companies(long inMonth) {
        companies = Math.max(companies, inMonth);
    }

    long assessments() {
        return assessments;
    }

    WhatIfReport report(YearMonth from, YearMonth to, String inForceHash, String candidateHash, Duration duration) {
        SortedMap<String, TriggerCounts> counts = new TreeMap<>();
        triggers.forEach((name, count) -> counts.put(name, new TriggerCounts(count[0], count[1])));
        SortedMap<String, TriggerCounts> held = new TreeMap<>();
        suppressed.forEach((name, count) -> held.put(name, new TriggerCounts(count[0], count[1])));
        List<BandChange> sorted = bandChanges.stream().sorted(MONTH_THEN_COMPANY).toList();
        return new WhatIfReport(from, to, inForceHash, candidateHash, assessments, companies, sorted, scoreChanges,
                counts, held, storedDiffers, notStored, duration);
    }
}
