package io.healthscore.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A test oracle, independent of the engine: contract section 3 applied by hand to stored scores, with the
 * THRIVING band starting at a given score (HEALTHY up to one below), each company's months in order from a
 * first assessment, every month's band the previous band of the next.
 */
final class ContractTriggers {
    private static final Map<String, List<String>> ENTERING = Map.of(
            "AT_RISK", List.of("outreach-email", "follow-up-task"),
            "STEADY", List.of("support-resources-email", "engagement-email"),
            "HEALTHY", List.of("upsell-opportunity", "loyalty-offer"),
            "THRIVING", List.of("case-study-request", "referral-request"));

    private ContractTriggers() {
    }

    /** How often each trigger fires over rows of {@code company|month|score} (score "null" for no data), sorted. */
    static Map<String, Long> count(List<String> rows, int thrivingFrom) {
        Map<String, Long> counts = new TreeMap<>();
        String company = null;
        String previousBand = "NONE";
        Integer previousScore = null;
        for (String row : rows) {
            String[] fields = row.split("\\|");
            if (!fields[0].equals(company)) {
                company = fields[0];
                previousBand = "NONE";
                previousScore = null;
            }
            Integer score = fields[2].equals("null") ? null : Integer.valueOf(fields[2]);
            String band = band(score, thrivingFrom);
            if (!band.equals(previousBand)) {
                ENTERING.getOrDefault(band, List.of()).forEach(name -> counts.merge(name, 1L, Long::sum));
                counts.merge("internal-notification", 1L, Long::sum);
            }
            if (score != null && previousScore != null && previousScore - score >= 15) {
                counts.merge("score-drop-alert", 1L, Long::sum);
            }
            previousBand = band;
            previousScore = score;
        }
        return counts;
    }

    static String band(Integer score, int thrivingFrom) {
        if (score == null) {
            return "NONE";
        }
        return score >= thrivingFrom ? "THRIVING" : score >= 51 ? "HEALTHY" : score >= 26 ? "STEADY" : "AT_RISK";
    }
}
