package io.healthscore.testhelper;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A store with provisional month-to-date scores beside assessments, for the tests of the views that list both, made
 * by the command line as time passes. Six companies, each with the same login and adoption every week (no NPS, so
 * the score is their mean): September run on 13 October; October scored to date then, on 2 of its 4 weeks; zeta
 * churned (from September, its latest assessed month); on 2 November, the week of 26 October (November's first of 5)
 * ingested, acme alone assessed for October, and November scored to date on its 1 complete week.
 * <table>
 * <caption>what each company shows</caption>
 * <tr><th>company</th><th>2026-09</th><th>2026-10</th><th>2026-11</th></tr>
 * <tr><td>acme (enterprise)</td><td>90 THRIVING</td><td>90 THRIVING, assessed (its 2 of 4 weeks superseded)</td><td>40 STEADY, 1 of 5</td></tr>
 * <tr><td>beta (smb)</td><td>20 AT_RISK</td><td>20 AT_RISK, 2 of 4</td><td>60 HEALTHY, 1 of 5</td></tr>
 * <tr><td>delta (enterprise)</td><td>15 AT_RISK</td><td>15 AT_RISK, 2 of 4</td><td>15 AT_RISK, 1 of 5</td></tr>
 * <tr><td>epsilon (smb)</td><td>40 STEADY</td><td>40 STEADY, 2 of 4</td><td>40 STEADY, 1 of 5</td></tr>
 * <tr><td>gamma (smb)</td><td>60 HEALTHY</td><td>60 HEALTHY, 2 of 4</td><td>60 HEALTHY, 1 of 5</td></tr>
 * <tr><td>zeta (smb)</td><td>60 HEALTHY</td><td>CHURNED</td><td>CHURNED</td></tr>
 * </table>
 * The clock ends at {@link SampleStore#NOW}, where {@link RunningService} starts.
 */
public final class ProvisionalStore {
    public static final String OWNER = "dana.reyes@healthscore.example";
    private static final List<String> SEPTEMBER = List.of("2026-08-31", "2026-09-07", "2026-09-14", "2026-09-21");
    private static final List<String> OCTOBER = List.of("2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19");
    /** Each company's weekly value until October, and in the week of 26 October (null: no data). */
    private static final Map<String, List<String>> VALUES = Map.of("acme", List.of("90", "40"),
            "beta", List.of("20", "60"), "delta", List.of("15", "15"), "epsilon", List.of("40", "40"),
            "gamma", List.of("60", "60"), "zeta", List.of("60"));

    private ProvisionalStore() {
    }

    /** Makes the store at {@code store} (a folder or a PostgreSQL URL), its input files in {@code folder}. */
    public static void make(Path folder, String store) {
        SettableClock clock = SettableClock.at("2026-10-13T07:00:00Z");
        Path companies = InputFile.lines(folder, "companies.jsonl",
                company("acme", "Acme Corporation", "enterprise", OWNER), company("beta", "Beta Labs", "smb", null),
                company("delta", "Delta Dynamics", "enterprise", OWNER), company("epsilon", "Epsilon", "smb", null),
                company("gamma", "Gamma Goods", "smb", null), company("zeta", "Zeta Zinc", "smb", null));
        List<String> early = new ArrayList<>();
        List<String> late = new ArrayList<>();
        VALUES.forEach((company, values) -> {
            SEPTEMBER.forEach(monday -> early.add(CliStore.week(company, monday, values.get(0), values.get(0), null)));
            OCTOBER.subList(0, 2).forEach(monday -> early.add(week(company, monday, values.get(0))));
            if (values.size() > 1) {
                OCTOBER.subList(2, 4).forEach(monday -> late.add(week(company, monday, values.get(0))));
                late.add(week(company, "2026-10-26", values.get(1)));
            }
        });
        succeed(clock, folder, store, "ingest", "--companies", companies.toString(),
                InputFile.lines(folder, "metrics-early.jsonl", early.toArray(String[]::new)).toString());
        succeed(clock, folder, store, "run", "--month", "2026-09");
        succeed(clock, folder, store, "run", "--provisional");
        succeed(clock, folder, store, "churn", "zeta", "--note", "signed with a competitor", "--by", "csm");
        clock.set(Instant.parse(SampleStore.NOW));
        succeed(clock, folder, store, "ingest",
                InputFile.lines(folder, "metrics-late.jsonl", late.toArray(String[]::new)).toString());
        succeed(clock, folder, store, "score", "acme", "--month", "2026-10");
        succeed(clock, folder, store, "run", "--provisional");
    }

    private static String week(String company, String monday, String value) {
        return CliStore.week(company, monday, value, value, null);
    }

    private static String company(String id, String name, String segment, String owner) {
        return "{\"company\": \"" + id + "\", \"name\": \"" + name + "\", \"segment\": \"" + segment + "\""
                + (owner == null ? "" : ", \"owner\": \"" + owner + "\"") + "}";
    }

    private static void succeed(SettableClock clock, Path folder, String store, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", store, "--rules", Repo.rules().toString(),
                "--triggers-file", folder.resolve("triggers.jsonl").toString()));
        CliRun run = CliRun.run(clock, all.toArray(String[]::new));
        if (run.exitCode() != 0) {
            throw new IllegalStateException("healthscore " + String.join(" ", args) + " exited " + run.exitCode()
                    + ": " + run.err());
        }
    }
}
