package io.healthscore.testhelper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy of rules/ with the rule vocabulary in use, for the tests of what explain, history, companies and the report
 * show of it: a base rule that marks a month with missing weeks low-confidence and declares three months of
 * history, a check-in call sent at most once in three months, and a segment {@value #SEGMENT} whose bands file
 * forces AT_RISK (reason {@value #REASON}) where the base set says HEALTHY. {@link #commands} scores acme (of the
 * segment: 64 in September, 65 in October from two of four weeks, both forced AT_RISK) and beta (base set, 90 in
 * both months); in October the cooldown holds both companies' check-in call back.
 */
public final class ShownVocabularyRules {
    public static final String SEGMENT = "enterprise";
    public static final String REASON = "NPS <= 40 and usage down";
    public static final String EXCEPTION_RULE = "exception: HEALTHY score with falling usage";
    public static final String COOLDOWN_RULE = "check-in call, once a quarter";

    private static final String VOCABULARY = """
            package healthscore.rules;
            dialect "mvel"

            import io.healthscore.assessment.Band;
            import io.healthscore.rules.facts.Coverage;
            import io.healthscore.rules.facts.LowConfidence;
            import io.healthscore.rules.facts.MonthBand;
            import io.healthscore.rules.facts.Trigger;

            rule "low confidence: weeks without data"
                @lookback(months = 3)
                salience 60
            when
                Coverage( weeks > 0, weeks < weeksInMonth, $weeks : weeks, $of : weeksInMonth )
            then
                insert(new LowConfidence($weeks + " of " + $of + " weeks have data"));
            end

            rule "%s"
                @cooldown(months = 3)
                salience 60
            when
                MonthBand( band != Band.NONE )
            then
                insert(new Trigger("check-in-call"));
            end
            """.formatted(COOLDOWN_RULE);

    private ShownVocabularyRules() {
    }

    /** Writes the companies and metrics files into {@code folder}; the command lines that ingest and score them. */
    public static List<List<String>> commands(Path folder) {
        List<String> metrics = new ArrayList<>();
        for (String monday : List.of("2026-08-31", "2026-09-07", "2026-09-14", "2026-09-21", "2026-10-05")) {
            metrics.add(CliStore.week("acme", monday, "70", "60", "20"));
        }
        metrics.add(CliStore.week("acme", "2026-10-12", "70", "60", null));
        for (String monday : List.of("2026-08-31", "2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28", "2026-10-05",
                "2026-10-12", "2026-10-19")) {
            metrics.add(CliStore.week("beta", monday, "90", "90", null));
        }
        Path companies = InputFile.lines(folder, "companies.jsonl",
                "{\"company\": \"acme\", \"name\": \"Acme\", \"segment\": \"" + SEGMENT + "\"}",
                "{\"company\": \"beta\", \"name\": \"Beta\"}");
        Path weeks = InputFile.lines(folder, "metrics.jsonl", metrics.toArray(String[]::new));
        return List.of(List.of("ingest", "--companies", companies.toString(), weeks.toString()),
                List.of("run", "--month", "2026-09"), List.of("run", "--month", "2026-10"));
    }

    /** Copies rules/ into {@code folder} and adds the vocabulary's files. */
    public static RulesFolder copyInto(Path folder) {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder);
        try {
            Files.writeString(folder.resolve("50-vocabulary.drl"), VOCABULARY, StandardCharsets.UTF_8);
            Path segment = Files.createDirectories(folder.resolve("segments").resolve(SEGMENT));
            String bands = Files.readString(folder.resolve("30-bands.drl"), StandardCharsets.UTF_8)
                    .replace("rule \"band HEALTHY: 51 to 75\"", "rule \"" + EXCEPTION_RULE + "\"")
                    .replace("insert(new MonthBand(Band.HEALTHY));",
                            "insert(new MonthBand(Band.AT_RISK, \"" + REASON + "\"));");
            Files.writeString(segment.resolve("30-bands.drl"), bands, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the vocabulary rules into " + folder, e);
        }
        return rules;
    }
}
