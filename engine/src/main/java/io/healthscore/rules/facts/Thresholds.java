package io.healthscore.rules.facts;

import io.healthscore.assessment.Band;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Band thresholds as a rule writes them, {@code "THRIVING 76, HEALTHY 51, STEADY 26, AT_RISK 0"} (each band's lowest
 * whole-percent score), for hysteresis: {@link #holds} says whether a company should stay in its previous band
 * because its score has not passed that band's threshold by enough points.
 */
public final class Thresholds {
    private static final Map<String, Thresholds> PARSED = new ConcurrentHashMap<>();
    private static final Band[] ORDER = {Band.AT_RISK, Band.STEADY, Band.HEALTHY, Band.THRIVING};

    private final Map<Band, Integer> lowest;

    private Thresholds(Map<Band, Integer> lowest) {
        this.lowest = lowest;
    }

    /** Parses (once per text) the lowest score of each of the four bands; every band must be given, in rising order. */
    public static Thresholds of(String text) {
        return PARSED.computeIfAbsent(text, Thresholds::parse);
    }

    private static Thresholds parse(String text) {
        Map<Band, Integer> lowest = new EnumMap<>(Band.class);
        for (String part : text.split(",")) {
            String[] fields = part.trim().split("\\s+");
            try {
                if (fields.length != 2) {
                    throw new IllegalArgumentException(part);
                }
                lowest.put(Band.valueOf(fields[0]), Integer.parseInt(fields[1]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("thresholds '" + text + "': '" + part.trim() + "' is not BAND SCORE;"
                        + " accepted e.g. \"THRIVING 76, HEALTHY 51, STEADY 26, AT_RISK 0\"", e);
            }
        }
        int previous = -1;
        for (Band band : ORDER) {
            Integer score = lowest.get(band);
            if (score == null || score <= previous || score > 100) {
                throw new IllegalArgumentException("thresholds '" + text + "' must give AT_RISK, STEADY, HEALTHY and"
                        + " THRIVING each a lowest score from 0 to 100, rising in that order");
            }
            previous = score;
        }
        return new Thresholds(lowest);
    }

    /** The band a whole-percent score falls in. */
    public Band bandOf(int score) {
        Band found = Band.AT_RISK;
        for (Band band : ORDER) {
            if (score >= lowest.get(band)) {
                found = band;
            }
        }
        return found;
    }

    /**
     * Whether a company in {@code previous} stays there: its {@code score} is outside that band but has not passed
     * the band's threshold by {@code points} points. Leaving upwards takes the next band's lowest score plus
     * {@code points}; leaving downwards, the band's lowest score minus one minus {@code points}. False for band
     * NONE or a null score.
     */
    public boolean holds(Band previous, Integer score, int points) {
        if (previous == null || previous == Band.NONE || score == null || bandOf(score) == previous) {
            return false;
        }
        int index = java.util.Arrays.asList(ORDER).indexOf(previous);
        int bottom = lowest.get(previous);
        int top = index == ORDER.length - 1 ? 100 : lowest.get(ORDER[index + 1]) - 1;
        return score > top ? score < top + 1 + points : score > bottom - 1 - points;
    }
}
