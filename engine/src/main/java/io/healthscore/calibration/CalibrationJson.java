package io.healthscore.calibration;

import io.healthscore.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calibration report as one JSON object. Shares and intervals are fractions rounded to 4 decimals, the AUC to
 * 3; a cell or AUC with too few outcomes has {@code "tooFew": true} and no share, interval or value.
 */
public final class CalibrationJson {
    private CalibrationJson() {
    }

    public static String render(CalibrationReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("from", report.from().toString());
        root.put("to", report.to().toString());
        root.put("horizon", report.horizon());
        root.put("outcomesKnownTo", report.latest().toString());
        root.put("fileOutcomes", report.fileOutcomes());
        root.put("minKnownPerCell", Rate.MIN_KNOWN);
        root.put("inForce", side(report.inForce()));
        if (report.candidate() != null) {
            root.put("candidate", side(report.candidate()));
        }
        return Json.pretty(root);
    }

    private static Map<String, Object> side(CalibrationReport.Side side) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rules", side.rules());
        json.put("all", figures(side.all()));
        Map<String, Object> segments = new LinkedHashMap<>();
        side.segments().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> segments.put(entry.getKey(), figures(entry.getValue())));
        json.put("segments", segments);
        return json;
    }

    static Map<String, Object> figures(Figures figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("assessments", figures.assessments());
        json.put("churned", figures.churned());
        json.put("notChurned", figures.notChurned());
        json.put("censored", figures.censored());
        json.put("unscored", figures.unscored());
        json.put("bands", rates(figures.bands()));
        json.put("deciles", rates(figures.deciles()));
        Map<String, Object> monotonic = new LinkedHashMap<>();
        monotonic.put("verdict", figures.monotonic().verdict().name());
        monotonic.put("breaks", figures.monotonic().breaks());
        json.put("monotonic", monotonic);
        Map<String, Object> auc = new LinkedHashMap<>();
        auc.put("direction", "lower score = more churn");
        auc.put("churned", figures.auc().churned());
        auc.put("notChurned", figures.auc().notChurned());
        auc.put("tooFew", figures.auc().tooFew());
        if (!figures.auc().tooFew()) {
            auc.put("value", round(figures.auc().value(), 3));
        }
        json.put("auc", auc);
        Map<String, Object> lead = new LinkedHashMap<>();
        LeadTimes leadTimes = figures.leadTimes();
        lead.put("warned", leadTimes.months().size());
        lead.put("unwarned", leadTimes.unwarned().stream().map(Object::toString).sorted().toList());
        lead.put("provisionalFirst", leadTimes.provisionalFirst().stream().map(Object::toString).sorted().toList());
        Map<String, Object> months = new LinkedHashMap<>();
        leadTimes.months().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> months.put(entry.getKey().toString(), entry.getValue()));
        lead.put("months", months);
        List<Integer> sorted = leadTimes.sorted();
        if (!sorted.isEmpty()) {
            lead.put("min", sorted.get(0));
            lead.put("median", BigDecimal.valueOf(leadTimes.median()).stripTrailingZeros());
            lead.put("max", sorted.get(sorted.size() - 1));
        }
        json.put("leadTime", lead);
        return json;
    }

    private static List<Map<String, Object>> rates(List<Rate> rates) {
        return rates.stream().map(rate -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", rate.name());
            json.put("churned", rate.churned());
            json.put("known", rate.known());
            json.put("tooFew", rate.tooFew());
            if (!rate.tooFew()) {
                json.put("share", round(rate.share(), 4));
                json.put("low", round(rate.interval().low(), 4));
                json.put("high", round(rate.interval().high(), 4));
            }
            return json;
        }).toList();
    }

    private static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
