package io.healthscore.rules;

import io.healthscore.rules.facts.MonthBand;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The compiled rules of one rules folder: the base set, and one set for each segment folder
 * ({@code segments/ID/*.drl}). {@link #forSegment} resolves which set scores a company: the set of its segment when
 * that segment has a folder, else the base set. {@link #hash} covers every file of the folder, so it is the
 * base set's own hash when there are no segment folders. Immutable and thread-safe.
 */
public final class RuleSet implements AutoCloseable {
    private final String hash;
    private final ScoringSet base;
    private final Map<String, ScoringSet> segments;
    private final Map<String, String> sources;

    RuleSet(String hash, ScoringSet base, Map<String, ScoringSet> segments, Map<String, String> sources) {
        this.hash = hash;
        this.base = base;
        this.segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** SHA-256 over the names and contents of every rule file of the folder, segment folders included, in hex. */
    public String hash() {
        return hash;
    }

    public String shortHash() {
        return hash.substring(0, 12);
    }

    /** The file names, segment files as {@code segments/ID/FILE}. */
    public List<String> files() {
        return List.copyOf(sources.keySet());
    }

    /** The text of every rule file by name, segment files as {@code segments/ID/FILE}: exactly what was compiled. */
    public Map<String, String> sources() {
        return sources;
    }

    /** The trigger names the rules of any set can emit: every {@code new Trigger("NAME")} written in them. */
    public Set<String> triggerNames() {
        Set<String> names = new TreeSet<>();
        sets().forEach(set -> names.addAll(set.triggerNames()));
        return names;
    }

    /** Where each rule of the base set is written. */
    public RuleCatalog catalog() {
        return base.catalog();
    }

    public ScoringSet base() {
        return base;
    }

    /** The segment sets by segment id, in id order. */
    public Map<String, ScoringSet> segments() {
        return segments;
    }

    /** The base set, then each segment's. */
    public List<ScoringSet> sets() {
        List<ScoringSet> sets = new ArrayList<>(segments.size() + 1);
        sets.add(base);
        sets.addAll(segments.values());
        return sets;
    }

    /**
     * The set that scores a company of {@code segment}: the segment's own set when it has a folder (the id is
     * matched exactly), else the base set (also for a company without a segment).
     */
    public ScoringSet forSegment(String segment) {
        return segment == null ? base : segments.getOrDefault(segment, base);
    }

    /** The deepest history, in months, any set declares: what the month run loads for every company. */
    public int historyMonths() {
        return sets().stream().mapToInt(set -> set.declarations().historyMonths()).max().orElse(0);
    }

    /** The deepest weekly history, in weeks before the month, any set declares. */
    public int historyWeeks() {
        return sets().stream().mapToInt(set -> set.declarations().historyWeeks()).max().orElse(0);
    }

    /** The longest trigger cooldown, in months, any set declares. */
    public int longestCooldown() {
        return sets().stream().mapToInt(set -> set.declarations().longestCooldown()).max().orElse(0);
    }

    /** Runs the base set once over the given facts. */
    public RuleOutcome evaluate(List<Object> facts) {
        return base.evaluate(facts);
    }

    /** Runs the base set with the band given: see {@link ScoringSet#evaluatePinned}. */
    public RuleOutcome evaluatePinned(List<Object> facts, MonthBand band, Collection<String> bandRules) {
        return base.evaluatePinned(facts, band, bandRules);
    }

    @Override
    public void close() {
        sets().forEach(ScoringSet::close);
    }

    /** For tests of who closes a set when: {@link ActiveRules} must never close one that is leased. */
    boolean isClosed() {
        return base.isClosed();
    }
}
