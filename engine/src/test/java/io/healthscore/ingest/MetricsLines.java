package io.healthscore.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Input lines for comparing the fast reader with the existing path: plain valid records, and every kind of odd
 * or invalid one the fast scanner must leave to the existing reader. Also random mixes of both.
 */
final class MetricsLines {
    static final String CSV_HEADER = "company,week,login,adoption,nps";
    private static final String COMPANY_64 = "c".repeat(64);
    private static final String COMPANY_65 = "c".repeat(65);

    private MetricsLines() {
    }

    static List<String> jsonl() {
        return List.of(
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 82.5, \"adoption\": 61, \"nps\": 40}",
                "{\"company\":\"acme\",\"week\":\"2026-10-12\",\"login\":0,\"adoption\":100,\"nps\":-100}",
                "{\"nps\": 100, \"adoption\": 0.000001, \"login\": 99.999999, \"week\": \"2026-10-19\", \"company\": \"b.c_d-9\"}",
                "{\"company\": \"acme\", \"week\": \"2026-10-26\", \"login\": 100.000000, \"adoption\": 1.5, \"nps\": null}",
                "{\"company\": \"acme\", \"week\": \"2026-11-02\", \"login\": 1, \"adoption\": 2}",
                "\t{ \"company\" :\t\"acme\" , \"week\" : \"2026-11-09\" , \"login\" : 3 , \"adoption\" : 4 }\t ",
                "{\"company\": \"" + COMPANY_64 + "\", \"week\": \"2026-10-05\", \"login\": 5, \"adoption\": 6}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 82.5, \"adoption\": 61, \"nps\": 41}",
                "{\"company\": \"zero\", \"week\": \"2026-10-05\", \"login\": -0, \"adoption\": -0.0, \"nps\": -0}",
                "{\"company\": \"leap\", \"week\": \"2024-02-26\", \"login\": 7, \"adoption\": 8, \"nps\": -0.5}",
                "{\"company\": \"old\", \"week\": \"0000-01-03\", \"login\": 7, \"adoption\": 8}",
                "{\"company\": \"far\", \"week\": \"9999-12-27\", \"login\": 7, \"adoption\": 8}",
                // company
                "{\"company\": \"ac me\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"ac/me\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"" + COMPANY_65 + "\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"caf\u00e9\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": 42, \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": null, \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \" acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                // week
                "{\"company\": \"acme\", \"week\": \"2026-10-06\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-11\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-5\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-13-01\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-02-30\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2025-02-29\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-00-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \" 2026-10-05 \", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"+12026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"+2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05T00:00\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": 20261005, \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": {\"monday\": \"2026-10-05\"}, \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"login\": 1, \"adoption\": 2}",
                // numbers
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": -0.1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": -0.000001}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 100.1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 100.0000001, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 100.000001, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 101, \"adoption\": 1000}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 12345678901234567890, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80.1234567, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80.1000000, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2, \"nps\": 1.0000001}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2, \"nps\": -101}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2, \"nps\": -100.000001}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1e2, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 8.25E1, \"adoption\": 2e-2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1e999999999, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": +5, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 05, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": .5, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 5., \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": -, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": NaN, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": \"80\", \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": true, \"adoption\": false}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": null, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": {\"v\": 1}, \"adoption\": [2]}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2, \"nps\": \"40\"}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2, \"nps\": nul}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"adoption\": 2}",
                // structure
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"login\": 9, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2, \"nps\": null, \"nps\": 3}",
                "{\"company\": \"acme\", \"company\": \"other\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2, \"extra\": {\"a\": [1, 2]}}",
                "{\"note\": \"hi\", \"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"Company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"comp\\u0061ny\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"\\u0061cme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"ac\\\"me\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"ac\\nme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-0\\u0035\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2,}",
                "{\"company\": \"acme\" \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2} x",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}{}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2},",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2",
                "{'company': 'acme', 'week': '2026-10-05', 'login': 1, 'adoption': 2}",
                "\u00a0{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "\ufeff{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}\u0000",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1,\f\"adoption\": 2}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2, \"note\": \"" + "x".repeat(100_000) + "\"}",
                "{\"company\": \"" + "y".repeat(10_000) + "\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{" + " ".repeat(5_000) + "\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "{}", "[1, 2]", "\"acme\"", "42", "null", "not json at all", "}", "{",
                "", "   ", "\t", "\u000b", "\u2003");
    }

    static List<String> csvRows() {
        return List.of(
                "acme,2026-10-05,82.5,61,40",
                "acme,2026-10-12,0,100,-100",
                "b.c_d-9,2026-10-19,99.999999,0.000001,100",
                "acme,2026-10-26,100.000000,1.5,",
                "acme,2026-11-02,1,2",
                COMPANY_64 + ",2026-10-05,5,6,",
                "acme,2026-10-05,82.5,61,41",
                "zero,2026-10-05,-0,-0.0,-0",
                "leap,2024-02-26,7,8,-0.5",
                // company
                "ac me,2026-10-05,1,2,", "ac/me,2026-10-05,1,2,", ",2026-10-05,1,2,", COMPANY_65 + ",2026-10-05,1,2,",
                " acme,2026-10-05,1,2,", "acme ,2026-10-05,1,2,", "\tacme,2026-10-05,1,2,", "#acme,2026-10-05,1,2,",
                // week
                "acme,2026-10-06,1,2,", "acme,2026-10-5,1,2,", "acme,2026-13-01,1,2,", "acme,2025-02-29,1,2,",
                "acme, 2026-10-05,1,2,", "acme,2026-10-05 ,1,2,", "acme,+12026-10-05,1,2,", "acme,,1,2,",
                // numbers
                "acme,2026-10-05,-0.1,2,", "acme,2026-10-05,100.1,2,", "acme,2026-10-05,100.0000001,2,",
                "acme,2026-10-05,100.000001,2,", "acme,2026-10-05,1,2,-100.000001", "acme,2026-10-05,1,-0.000001,",
                "acme,2026-10-05,80.1234567,2,", "acme,2026-10-05,80.1000000,2,", "acme,2026-10-05,1,2,1.0000001",
                "acme,2026-10-05,1,2,-101", "acme,2026-10-05,1e2,2,", "acme,2026-10-05,8.25E1,2e-2,",
                "acme,2026-10-05,+5,2,", "acme,2026-10-05,05,2,", "acme,2026-10-05,.5,2,", "acme,2026-10-05,5.,2,",
                "acme,2026-10-05,-,2,", "acme,2026-10-05,NaN,2,", "acme,2026-10-05,null,2,null", "acme,2026-10-05,true,2,",
                "acme,2026-10-05, 1,2,", "acme,2026-10-05,1 ,2 ,", "acme,2026-10-05,1,2, 40", "acme,2026-10-05,1,2,40 ",
                "acme,2026-10-05,,2,", "acme,2026-10-05,1,,", "acme,2026-10-05,1", "acme,2026-10-05",
                "acme,2026-10-05,1e999999999,2,",
                // structure
                "acme,2026-10-05,1,2,3,", "acme,2026-10-05,1,2,3,4", "acme;2026-10-05;1;2;3",
                "acme,2026-10-05,1,2,3" + "\u0000", "acme,2026-10-05,1,2,\t",
                "y".repeat(10_000) + ",2026-10-05,1,2,", "acme,2026-10-05,1,2," + "9".repeat(5_000),
                ",,,,", ",", "   ", "", "\t", " , , ");
    }

    /** A random record line: mostly valid, with a random field order, spacing, and now and then an odd value. */
    static String randomJsonLine(Random random) {
        List<String> fields = new ArrayList<>();
        maybe(random, fields, "\"company\"" + colon(random) + pick(random, "\"acme\"", "\"c0000042\"", "\"a.b_c-d\"", "\"\"", "\"a b\"", "7"));
        maybe(random, fields, "\"week\"" + colon(random) + pick(random, "\"2026-10-05\"", "\"2026-08-31\"", "\"2026-10-06\"", "\"2026-1-05\"", "null"));
        maybe(random, fields, "\"login\"" + colon(random) + number(random));
        maybe(random, fields, "\"adoption\"" + colon(random) + number(random));
        if (random.nextInt(3) > 0) {
            fields.add("\"nps\"" + colon(random) + pick(random, "null", "40", "-100", "100", "-0.25", "101", "\"1\"", number(random)));
        }
        if (random.nextInt(20) == 0) {
            fields.add(fields.isEmpty() ? "\"x\": 1" : fields.get(random.nextInt(fields.size())));
        }
        java.util.Collections.shuffle(fields, random);
        String blank = pick(random, "", "", "", " ", "\t");
        return blank + "{" + blank + String.join("," + pick(random, " ", "", "  "), fields) + blank + "}" + pick(random, "", "", "", " ", "x");
    }

    /** A random CSV row for {@link #CSV_HEADER}. */
    static String randomCsvRow(Random random) {
        List<String> cells = new ArrayList<>(List.of(
                pick(random, "acme", "c0000042", "a.b_c-d", "", "a b", " acme"),
                pick(random, "2026-10-05", "2026-08-31", "2026-10-06", "2026-1-05", ""),
                number(random), number(random), pick(random, "", "", "40", "-100", "100", "-0.25", "101", " 1", number(random))));
        int keep = random.nextInt(12) == 0 ? random.nextInt(cells.size() + 2) : cells.size();
        while (cells.size() > keep) {
            cells.remove(cells.size() - 1);
        }
        while (cells.size() < keep) {
            cells.add("9");
        }
        return String.join(",", cells);
    }

    private static String number(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> pick(random, "1e2", "-0", "05", "+5", ".5", "100.0000001", "80.1234567", "80.1000000", "-0.1", "\"5\"", "true", "1000");
            case 1 -> String.valueOf(random.nextInt(100));
            default -> random.nextInt(101) + "." + (random.nextInt(5) == 0 ? String.format("%06d", random.nextInt(1_000_000)) : random.nextInt(100));
        };
    }

    private static String colon(Random random) {
        return pick(random, ": ", ":", " : ", ":\t");
    }

    private static void maybe(Random random, List<String> fields, String field) {
        if (random.nextInt(40) > 0) {
            fields.add(field);
        }
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
