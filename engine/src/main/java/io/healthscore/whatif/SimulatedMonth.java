package io.healthscore.whatif;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.BandScore;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import io.healthscore.rules.facts.History;
import io.healthscore.rules.facts.PastMonth;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Each side's results of the months simulated so far, as the what-if scored them: the month before is the
 * previous assessment of the next month, the simulated months are the history the rules read (in place of the
 * stored ones of those months), and the triggers each side emitted count for its cooldowns. So a band the candidate
 * changes in July leads to the candidate's own triggers, streaks and cooldowns later on.
 */
final class SimulatedMonth {
    /** Before the first month: both sides start from the stored previous assessments and history. */
    static final SimulatedMonth STORED = new SimulatedMonth(null, null);

    private final Map<CompanyId, Side> inForce;
    private final Map<CompanyId, Side> candidate;

    /** Takes the maps over without copying (a month of a large store): the caller must not change them. */
    SimulatedMonth(Map<CompanyId, Side> inForce, Map<CompanyId, Side> candidate) {
        this.inForce = inForce;
        this.candidate = candidate;
    }

    CompanyMonth forInForce(CompanyMonth input) {
        return withSide(input, inForce);
    }

    CompanyMonth forCandidate(CompanyMonth input) {
        return withSide(input, candidate);
    }

    Side inForce(CompanyId company) {
        return inForce == null ? null : inForce.get(company);
    }

    Side candidate(CompanyId company) {
        return candidate == null ? null : candidate.get(company);
    }

    private static CompanyMonth withSide(CompanyMonth input, Map<CompanyId, Side> simulated) {
        if (simulated == null) {
            return input;
        }
        // a company that became known after the month before was read keeps its stored previous assessment
        Side side = simulated.get(input.company());
        if (side == null) {
            return new CompanyMonth(input.company(), input.segment(), input.month(), input.weeks(), input.previous(),
                    null, null, input.history(), input.lastSent());
        }
        return new CompanyMonth(input.company(), input.segment(), input.month(), input.weeks(), side.previous(), null,
                null, side.history(input.history()), side.lastSent(input.lastSent()));
    }

    /**
     * One company as one side scored the months so far: its latest result as the next month's previous assessment,
     * its simulated months newest first (as deep as the rules read), and the month each trigger was last emitted.
     */
    record Side(Previous previous, List<PastMonth> months, Map<String, YearMonth> sent) {
        /**
         * The side after {@code assessment}, the next month it scored, keeping {@code depth} months, and the
         * triggers it emitted when {@code cooldowns} (the rules declare one).
         */
        static Side after(Side before, Assessment assessment, int depth, boolean cooldowns) {
            List<PastMonth> months = new ArrayList<>(depth);
            if (depth > 0) {
                months.add(new PastMonth(assessment.month(), assessment.score(), assessment.band(),
                        assessment.effectiveBand(), assessment.explanation().lowConfidenceScore()));
                if (before != null) {
                    before.months().stream().limit(depth - 1L).forEach(months::add);
                }
            }
            if (!cooldowns) {
                return new Side(BandScore.of(assessment).asPrevious(), List.copyOf(months), Map.of());
            }
            Map<String, YearMonth> sent = before == null ? new HashMap<>() : new HashMap<>(before.sent());
            assessment.triggers().forEach(trigger -> sent.put(trigger, assessment.month()));
            return new Side(BandScore.of(assessment).asPrevious(), List.copyOf(months), Map.copyOf(sent));
        }

        /** The stored history with this side's months in place of the stored ones of the same months. */
        History history(History stored) {
            if (months.isEmpty()) {
                return stored;
            }
            Set<YearMonth> simulated = months.stream().map(PastMonth::month).collect(Collectors.toSet());
            List<PastMonth> merged = new ArrayList<>(months);
            stored.months().stream().filter(month -> !simulated.contains(month.month())).forEach(merged::add);
            merged.sort((first, second) -> second.month().compareTo(first.month()));
            return new History(stored.month(), merged, stored.weeks(), stored.monthsDepth(), stored.weeksDepth());
        }

        /** The stored last emissions, with this side's own where they are later. */
        Map<String, YearMonth> lastSent(Map<String, YearMonth> stored) {
            if (sent.isEmpty()) {
                return stored;
            }
            Map<String, YearMonth> merged = new HashMap<>(stored);
            sent.forEach((trigger, month) -> merged.merge(trigger, month, (first, second) -> first.isAfter(second) ? first : second));
            return merged;
        }
    }
}
