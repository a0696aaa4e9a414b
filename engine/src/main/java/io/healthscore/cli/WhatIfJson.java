package io.healthscore.cli;

import io.healthscore.assessment.BandScore;
import io.healthscore.whatif.BandChange;
import io.healthscore.whatif.WhatIfReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A what-if as one JSON object on one line, for {@code what-if --json}. */
final class WhatIfJson {
    private WhatIfJson() {
    }

    static String object(WhatIfReport report, Path candidate, Path inForce) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("from", report.from().toString());
        fields.put("to", report.to().toString());
        fields.put("candidate", rules(candidate, report.candidateHash()));
        fields.put("inForce", rules(inForce, report.inForceHash()));
        fields.put("assessments", report.assessments());
        fields.put("companies", report.companies());
        fields.put("bandChanges", report.bandChanges().stream().map(WhatIfJson::bandChange).toList());
        fields.put("scoreChanges", report.scoreChanges());
        Map<String, Object> triggers = new LinkedHashMap<>();
        report.triggers().forEach((name, counts) -> {
            Map<String, Object> both = new LinkedHashMap<>();
            both.put("inForce", counts.inForce());
            both.put("candidate", counts.candidate());
            triggers.put(name, both);
        });
        fields.put("triggers", triggers);
        fields.put("storedDiffers", report.storedDiffers());
        fields.put("notStored", report.notStored());
        return JsonLine.of(fields);
    }

    private static Map<String, Object> rules(Path folder, String hash) {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("folder", folder.toString());
        rules.put("hash", hash);
        return rules;
    }

    private static Map<String, Object> bandChange(BandChange change) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("company", change.company().value());
        fields.put("month", change.month().toString());
        fields.put("inForce", side(change.inForce()));
        fields.put("candidate", side(change.candidate()));
        return fields;
    }

    private static Map<String, Object> side(BandScore side) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("score", side.score());
        fields.put("band", side.band().name());
        return fields;
    }
}
