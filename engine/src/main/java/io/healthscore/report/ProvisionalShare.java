package io.healthscore.report;

import io.healthscore.assessment.ProvisionalWeeks;
import io.healthscore.store.PortfolioRow;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How much of a month the report shows is scored to date only: {@code companies} of them have a provisional
 * month-to-date score instead of the month's assessment, counted by the weeks they used ({@code byWeeks}, most weeks
 * first), and {@code assessed} companies have the month's assessment.
 */
public record ProvisionalShare(int companies, int assessed, List<WeeksUsed> byWeeks) {

    /** How many companies were scored on {@code weeks}. */
    public record WeeksUsed(ProvisionalWeeks weeks, int companies) {
        public WeeksUsed {
            Fields.present(weeks, "provisional share", "weeks");
            if (companies < 1) {
                throw new IllegalArgumentException("provisional share on " + weeks.weeks() + " weeks: companies must be"
                        + " 1 or more, was " + companies);
            }
        }
    }

    public ProvisionalShare {
        byWeeks = List.copyOf(byWeeks);
        if (assessed < 0) {
            throw new IllegalArgumentException("provisional share: assessed must be 0 or more, was " + assessed);
        }
        int counted = byWeeks.stream().mapToInt(WeeksUsed::companies).sum();
        if (companies < 1 || counted != companies) {
            throw new IllegalArgumentException("provisional share: companies is " + companies + " but byWeeks counts "
                    + counted + "; both must be the same, 1 or more");
        }
    }

    /** The month's provisional rows counted; null when the month has none (it is run, or not scored at all). */
    static ProvisionalShare of(List<PortfolioRow> rows) {
        Map<ProvisionalWeeks, Long> counts = rows.stream().filter(PortfolioRow::isProvisional)
                .collect(Collectors.groupingBy(PortfolioRow::provisional, Collectors.counting()));
        if (counts.isEmpty()) {
            return null;
        }
        List<WeeksUsed> byWeeks = counts.entrySet().stream()
                .map(entry -> new WeeksUsed(entry.getKey(), Math.toIntExact(entry.getValue())))
                .sorted(Comparator.comparing((WeeksUsed used) -> used.weeks().weeks()).reversed()
                        .thenComparing(used -> used.weeks().weeksInMonth()))
                .toList();
        int assessed = (int) rows.stream().filter(row -> !row.isProvisional() && row.band() != null).count();
        return new ProvisionalShare(byWeeks.stream().mapToInt(WeeksUsed::companies).sum(), assessed, byWeeks);
    }
}
