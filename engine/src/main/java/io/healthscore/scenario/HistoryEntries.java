package io.healthscore.scenario;

import io.healthscore.yaml.YamlList;
import io.healthscore.yaml.YamlValue;
import io.healthscore.assessment.Band;
import io.healthscore.rules.facts.PastMonth;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's {@code history:}, the company's earlier assessments as the store keeps them: each a month before the
 * scenario's, its score and band (NONE exactly when there is no score), the band it was shown in and whether its
 * score was low-confidence. Newest first, as the history facts hold them.
 */
final class HistoryEntries {
    static final String ACCEPTED = "a list of earlier assessments, e.g. [{month: 2026-09, score: 70, band: HEALTHY}]";
    private static final List<String> KEYS = List.of("month", "score", "band", "effectiveBand", "lowConfidence");

    private HistoryEntries() {
    }

    static List<PastMonth> read(YamlList entries, YearMonth month) {
        Map<YearMonth, Integer> lines = new HashMap<>();
        List<PastMonth> months = new ArrayList<>();
        for (YamlValue entry : entries.items()) {
            EntryFields fields = EntryFields.of(entry, "history", KEYS);
            YearMonth past = fields.month("month", true);
            if (!past.isBefore(month)) {
                throw new ScenarioException(fields.lineOf("month"), "history.month", past + " is not before the scenario's"
                        + " month " + month + "; accepted: an earlier month (" + month + " itself is scored from weeks:)");
            }
            Integer earlier = lines.putIfAbsent(past, fields.lineOf("month"));
            if (earlier != null) {
                throw new ScenarioException(fields.lineOf("month"), "history.month", past + " is given twice (also line "
                        + earlier + "); accepted: each month once");
            }
            Band band = fields.band("band");
            Integer score = ScenarioEntry.score(fields, band);
            Band effective = fields.has("effectiveBand") ? fields.band("effectiveBand") : band;
            months.add(new PastMonth(past, score, band, effective, fields.flag("lowConfidence", false)));
        }
        months.sort(Comparator.comparing(PastMonth::month).reversed());
        return months;
    }
}
