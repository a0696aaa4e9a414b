package io.healthscore.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One company's weeks of one month, gathered in file order (a later record of a week replaces an earlier one) and
 * packed as the store keeps them: {@code YYYY-MM-DD,login,adoption,nps} in week order, separated by {@code ;},
 * numbers in plain notation without trailing zeros, nps empty without a survey.
 */
final class MonthWeeksBuilder {
    private final List<Week> weeks = new ArrayList<>(5);

    void add(ChunkWeeks chunk, int record) {
        Week week = new Week(chunk.weeks.get(chunk.week[record]), chunk.login[record], chunk.adoption[record],
                chunk.nps[record]);
        for (int index = 0; index < weeks.size(); index++) {
            if (weeks.get(index).day().equals(week.day())) {
                weeks.set(index, week);
                return;
            }
        }
        weeks.add(week);
    }

    String packed() {
        weeks.sort(Comparator.comparing(Week::day));
        StringBuilder text = new StringBuilder(weeks.size() * 32);
        for (Week week : weeks) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(week.day()).append(',');
            plain(text, week.login()).append(',');
            plain(text, week.adoption()).append(',');
            if (week.nps() != ChunkWeeks.NO_NPS) {
                plain(text, week.nps());
            }
        }
        return text.toString();
    }

    /** {@code unscaled} at scale 6 in plain notation without trailing zeros: 82500000 is 82.5, -500000 is -0.5. */
    static StringBuilder plain(StringBuilder text, int unscaled) {
        long value = unscaled;
        if (value < 0) {
            text.append('-');
            value = -value;
        }
        text.append(value / 1_000_000);
        long fraction = value % 1_000_000;
        if (fraction != 0) {
            int digits = 6;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            text.append('.');
            String shown = Long.toString(fraction);
            text.append("0".repeat(digits - shown.length())).append(shown);
        }
        return text;
    }

    private record Week(LocalDate day, int login, int adoption, int nps) {
    }
}
