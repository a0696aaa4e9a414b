package io.healthscore.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.BandScore;
import io.healthscore.json.Json;
import io.healthscore.whatif.BandChange;
import io.healthscore.whatif.WhatIfReport;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A what-if as one JSON object on one line, for {@code what-if --json}. */
@JsonPropertyOrder({"from", "to", "candidate", "inForce", "assessments", "companies", "bandChanges", "scoreChanges",
        "triggers", "storedDiffers", "notStored", "suppressed"})
record WhatIfJson(YearMonth from, YearMonth to, Rules candidate, Rules inForce, long assessments, long companies,
        List<Change> bandChanges, long scoreChanges, Map<String, Counts> triggers, long storedDiffers, long notStored,
        Map<String, Counts> suppressed) {

    static String object(WhatIfReport report, Path candidate, Path inForce) {
        Map<String, Counts> triggers = new LinkedHashMap<>();
        report.triggers().forEach((name, counts) -> triggers.put(name, new Counts(counts.inForce(), counts.candidate())));
        Map<String, Counts> suppressed = new LinkedHashMap<>();
        report.suppressed().forEach((name, counts) -> suppressed.put(name, new Counts(counts.inForce(), counts.candidate())));
        return Json.line(new WhatIfJson(report.from(), report.to(),
                new Rules(candidate.toString(), report.candidateHash()), new Rules(inForce.toString(), report.inForceHash()),
                report.assessments(), report.companies(), report.bandChanges().stream().map(Change::of).toList(),
                report.scoreChanges(), triggers, report.storedDiffers(), report.notStored(), suppressed));
    }

    @JsonPropertyOrder({"folder", "hash"})
    record Rules(String folder, String hash) {
    }

    @JsonPropertyOrder({"company", "month", "inForce", "candidate"})
    record Change(String company, YearMonth month, Side inForce, Side candidate) {
        static Change of(BandChange change) {
            return new Change(change.company().value(), change.month(), Side.of(change.inForce()),
                    Side.of(change.candidate()));
        }
    }

    @JsonPropertyOrder({"score", "band"})
    record Side(Integer score, Band band) {
        static Side of(BandScore side) {
            return new Side(side.score(), side.band());
        }
    }

    @JsonPropertyOrder({"inForce", "candidate"})
    record Counts(long inForce, long candidate) {
    }
}
