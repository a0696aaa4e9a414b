package io.healthscore.calibration;

import io.healthscore.company.CompanyId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For each churned company, the months from its first AT_RISK (a monthly assessment or a provisional score) to its
 * churn month; {@code unwarned} churned companies were never AT_RISK before they churned; {@code provisionalFirst}
 * were first AT_RISK on a provisional score, in a month before any monthly AT_RISK of theirs.
 */
public record LeadTimes(Map<CompanyId, Integer> months, List<CompanyId> unwarned, List<CompanyId> provisionalFirst) {
    public LeadTimes {
        months = Map.copyOf(months);
        unwarned = List.copyOf(unwarned);
        provisionalFirst = List.copyOf(provisionalFirst);
    }

    /** How many churned companies had each lead time, shortest first. */
    public Map<Integer, Long> distribution() {
        Map<Integer, Long> counts = new TreeMap<>();
        months.values().forEach(lead -> counts.merge(lead, 1L, Long::sum));
        return counts;
    }

    public List<Integer> sorted() {
        return months.values().stream().sorted().toList();
    }

    /** The median in months (the mean of the middle two for an even count); null with no warned company. */
    public Double median() {
        List<Integer> sorted = sorted();
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** "5 companies: min 2, median 4.0, max 5 months", of the churned companies that were AT_RISK first. */
    public String describe() {
        List<Integer> sorted = sorted();
        String warned = sorted.size() + (sorted.size() == 1 ? " company" : " companies");
        return sorted.isEmpty() ? warned : warned + ": min " + sorted.get(0) + ", median "
                + String.format(java.util.Locale.ROOT, "%.1f", median()) + ", max " + sorted.get(sorted.size() - 1)
                + " months";
    }
}
