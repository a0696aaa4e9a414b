package io.healthscore.calibration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.company.CompanyId;
import io.healthscore.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an outcomes file: CSV with a header row ({@code company,date,outcome}) or JSON Lines, by extension. Each
 * bad line is one rejection {@code FILE:LINE: field: problem; accepted: ...}; the valid lines are still used.
 */
public final class OutcomesFile {
    private static final List<String> FIELDS = List.of("company", "date", "outcome");

    /** The outcomes read and the lines rejected. */
    public record Read(List<Outcome> outcomes, List<String> rejections) {
        public Read {
            outcomes = List.copyOf(outcomes);
            rejections = List.copyOf(rejections);
        }
    }

    private final Path file;
    private final Set<CompanyId> known;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<String> rejections = new ArrayList<>();

    private OutcomesFile(Path file, Collection<CompanyId> known) {
        this.file = file;
        this.known = Set.copyOf(known);
    }

    /** Whether the file's extension names a format this reads: .csv or .jsonl. */
    public static boolean readable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".jsonl");
    }

    /** Reads {@code file}; a company not among {@code known} (the store's companies) is a bad line. */
    public static Read read(Path file, Collection<CompanyId> known) {
        OutcomesFile reader = new OutcomesFile(file, known);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read outcomes file " + file, e);
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            reader.csv(lines);
        } else {
            reader.jsonLines(lines);
        }
        return new Read(reader.outcomes, reader.rejections);
    }

    private void csv(List<String> lines) {
        if (lines.isEmpty()) {
            reject(1, "header", "the file is empty");
            return;
        }
        List<String> header = cells(lines.get(0)).stream().map(cell -> cell.toLowerCase(Locale.ROOT)).toList();
        if (!header.containsAll(FIELDS)) {
            reject(1, "header", "'" + lines.get(0).trim() + "' lacks a field");
            return;
        }
        for (int index = 1; index < lines.size(); index++) {
            if (lines.get(index).isBlank()) {
                continue;
            }
            List<String> cells = cells(lines.get(index));
            if (cells.size() != header.size()) {
                reject(index + 1, "line", cells.size() + " fields where the header has " + header.size());
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int column = 0; column < header.size(); column++) {
                values.put(header.get(column), cells.get(column).trim());
            }
            record(index + 1, values);
        }
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(",", -1)) {
            String trimmed = cell.trim();
            cells.add(trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                    ? trimmed.substring(1, trimmed.length() - 1) : trimmed);
        }
        return cells;
    }

    private void jsonLines(List<String> lines) {
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = Json.tree(lines.get(index));
            } catch (JsonProcessingException e) {
                reject(index + 1, "line", "not JSON (" + e.getOriginalMessage() + ")");
                continue;
            }
            if (!node.isObject()) {
                reject(index + 1, "line", "not a JSON object");
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (String field : FIELDS) {
                JsonNode value = node.get(field);
                values.put(field, value == null || value.isNull() ? "" : value.asText().trim());
            }
            record(index + 1, values);
        }
    }

    private void record(int line, Map<String, String> values) {
        String company = values.get("company");
        if (!CompanyId.isValid(company)) {
            reject(line, "company", (company.isEmpty() ? "missing" : "'" + company + "' is not a company id")
                    + "; accepted: 1-64 characters of A-Z a-z 0-9 . _ -");
            return;
        }
        if (!known.contains(CompanyId.of(company))) {
            reject(line, "company", "'" + company + "' is not a company in the store; accepted: a known company");
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(values.get("date"));
        } catch (DateTimeParseException e) {
            reject(line, "date", shown(values.get("date"), "a date") + "; accepted: YYYY-MM-DD, e.g. 2026-11-30");
            return;
        }
        Outcome.Kind kind;
        try {
            kind = Outcome.Kind.valueOf(values.get("outcome").toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reject(line, "outcome", shown(values.get("outcome"), "an outcome") + "; accepted: churned, renewed");
            return;
        }
        outcomes.add(new Outcome(CompanyId.of(company), YearMonth.from(date), kind));
    }

    private static String shown(String value, String what) {
        return value.isEmpty() ? "missing" : "'" + value + "' is not " + what;
    }

    private void reject(int line, String field, String problem) {
        String withAccepted = problem.contains("; accepted: ") ? problem
                : problem + "; accepted: a header row company,date,outcome and one outcome a line";
        rejections.add(file + ":" + line + ": " + field + ": " + withAccepted.replace("\n", "\\n"));
    }
}
