package io.healthscore.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a scenario expects: the fields of {@code expected} named in {@code checked} ({@link #FIELDS}); the others
 * are not looked at. Decimals compare exactly by value, triggers and suppressed triggers as sets. With
 * {@code anyLowConfidenceReason} a low-confidence score passes whatever its reason.
 */
record Expectation(Outcome expected, Set<String> checked, boolean anyLowConfidenceReason) {
    static final List<String> FIELDS = List.of("weekly", "mean", "score", "band", "triggers", "suppressed",
            "lowConfidence", "bandReason", "ruleSet");

    Expectation {
        Objects.requireNonNull(expected, "expected");
        checked = Set.copyOf(checked);
        if (!FIELDS.containsAll(checked)) {
            throw new IllegalArgumentException("checked " + checked + "; accepted: " + FIELDS);
        }
    }

    Expectation(Outcome expected, Set<String> checked) {
        this(expected, checked, false);
    }

    List<Mismatch> compare(Outcome actual) {
        List<Mismatch> mismatches = new ArrayList<>();
        if (checked.contains("weekly") && !sameDecimals(expected.weekly(), actual.weekly())) {
            mismatches.add(new Mismatch("weekly", show(expected.weekly()), show(actual.weekly())));
        }
        if (checked.contains("mean") && !sameDecimal(expected.mean(), actual.mean())) {
            mismatches.add(new Mismatch("mean", show(expected.mean()), show(actual.mean())));
        }
        if (checked.contains("score") && !Objects.equals(expected.score(), actual.score())) {
            mismatches.add(new Mismatch("score", String.valueOf(expected.score()), String.valueOf(actual.score())));
        }
        if (checked.contains("band") && expected.band() != actual.band()) {
            mismatches.add(new Mismatch("band", expected.band().name(), actual.band().name()));
        }
        if (checked.contains("triggers") && !Set.copyOf(expected.triggers()).equals(Set.copyOf(actual.triggers()))) {
            mismatches.add(new Mismatch("triggers", sorted(expected.triggers()), sorted(actual.triggers())));
        }
        if (checked.contains("suppressed")
                && !Set.copyOf(expected.suppressed()).equals(Set.copyOf(actual.suppressed()))) {
            mismatches.add(new Mismatch("suppressed", sorted(expected.suppressed()), sorted(actual.suppressed())));
        }
        if (checked.contains("lowConfidence") && !sameLowConfidence(actual.lowConfidence())) {
            String wanted = anyLowConfidenceReason ? "true" : reason(expected.lowConfidence());
            mismatches.add(new Mismatch("lowConfidence", wanted, reason(actual.lowConfidence())));
        }
        if (checked.contains("bandReason") && !Objects.equals(expected.bandReason(), actual.bandReason())) {
            mismatches.add(new Mismatch("bandReason", quoted(expected.bandReason()), quoted(actual.bandReason())));
        }
        if (checked.contains("ruleSet") && !expected.ruleSet().equals(actual.ruleSet())) {
            mismatches.add(new Mismatch("ruleSet", expected.ruleSet(), actual.ruleSet()));
        }
        return mismatches;
    }

    private boolean sameLowConfidence(String actual) {
        return anyLowConfidenceReason ? actual != null : Objects.equals(expected.lowConfidence(), actual);
    }

    private static boolean sameDecimals(List<BigDecimal> expected, List<BigDecimal> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!sameDecimal(expected.get(i), actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameDecimal(BigDecimal expected, BigDecimal actual) {
        return expected == null || actual == null ? expected == actual : expected.compareTo(actual) == 0;
    }

    private static String show(List<BigDecimal> values) {
        return values.stream().map(Expectation::show).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String show(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    private static String sorted(List<String> triggers) {
        return new TreeSet<>(triggers).stream().collect(Collectors.joining(", ", "[", "]"));
    }

    /** A low-confidence reason as a scenario writes it: false for none. */
    private static String reason(String reason) {
        return reason == null ? "false" : quoted(reason);
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
