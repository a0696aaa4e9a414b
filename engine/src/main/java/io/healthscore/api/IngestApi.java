package io.healthscore.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.HealthscoreException;
import io.healthscore.Progress;
import io.healthscore.ingest.IngestReport;
import io.healthscore.ingest.Ingester;
import io.healthscore.ingest.Rejection;
import io.healthscore.web.Answers;
import io.healthscore.web.Backend;
import io.healthscore.web.Caller;
import io.healthscore.web.ProblemException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/metrics} and {@code POST /api/v1/companies}: records as NDJSON, a JSON array or CSV, by content
 * type, validated and stored as {@code ingest} does: the valid ones are stored even when others are rejected.
 */
final class IngestApi {
    private static final Logger LOG = LoggerFactory.getLogger(IngestApi.class);
    private static final Pattern FIELD = Pattern.compile("([a-z]+): .*", Pattern.DOTALL);
    private static final Set<String> FIELDS = Set.of("company", "week", "login", "adoption", "nps", "name", "owner",
            "contact", "segment");
    static final String TYPES = "application/x-ndjson (one JSON object a line), application/json (a JSON array) or"
            + " text/csv (with a header row)";

    private final Backend backend;
    private final long maxBody;

    IngestApi(Backend backend, long maxBody) {
        this.backend = backend;
        this.maxBody = maxBody;
    }

    void metrics(Context ctx) {
        ingest(ctx, false);
    }

    void companies(Context ctx) {
        ingest(ctx, true);
    }

    private void ingest(Context ctx, boolean companies) {
        String extension = extension(ctx.contentType());
        if (ctx.contentLength() > maxBody) {
            throw tooLarge(maxBody);
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("healthscore-upload");
            Path file = folder.resolve("body" + extension);
            try (InputStream body = ctx.bodyInputStream()) {
                long size = Files.copy(limited(body, maxBody), file, StandardCopyOption.REPLACE_EXISTING);
                if (size == 0) {
                    throw ProblemException.badRequest("Empty body", "the body holds no records; send " + TYPES);
                }
            }
            Ingester ingester = Ingester.on(backend.database(), backend.clock(), Math.min(2, backend.threads()));
            IngestReport report = ingester.ingest(companies ? List.of(file) : List.of(), companies ? List.of() : List.of(file),
                    Progress.silent(backend.clock()));
            long stored = companies ? report.companiesStored() : report.metricsStored();
            LOG.info("api {} by {}: {} records stored, {} rejected", companies ? "companies" : "metrics",
                    Caller.of(ctx).name(), stored, report.rejections().size());
            Answers.json(ctx, new Result(stored, report.rejections().stream().map(IngestApi::rejected).toList()));
        } catch (IOException e) {
            throw new HealthscoreException("cannot keep the request body for reading: " + e.getMessage(), e);
        } finally {
            delete(folder);
        }
    }

    /** The body, cut off with a 413 past the size limit even when no Content-Length announced it. */
    private static InputStream limited(InputStream body, long limit) {
        return new InputStream() {
            private long read;

            @Override
            public int read() throws IOException {
                int next = body.read();
                count(next < 0 ? 0 : 1);
                return next;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                int count = body.read(bytes, offset, length);
                count(Math.max(count, 0));
                return count;
            }

            private void count(int bytes) {
                read += bytes;
                if (read > limit) {
                    throw tooLarge(limit);
                }
            }
        };
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "Content too large", "the request body is over the limit of " + limit
                + " bytes (serve.max-body-mb); send the records in smaller parts");
    }

    static String extension(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/x-ndjson", "application/jsonl", "application/jsonlines", "application/x-jsonlines" -> ".jsonl";
            case "application/json" -> ".json";
            case "text/csv" -> ".csv";
            default -> throw new ProblemException(415, "Unsupported media type", "records must come as " + TYPES
                    + ", not " + (type.isEmpty() ? "an untyped body" : "'" + type + "'") + "; set Content-Type");
        };
    }

    private static Rejected rejected(Rejection rejection) {
        Matcher matcher = FIELD.matcher(rejection.reason());
        String field = matcher.matches() && FIELDS.contains(matcher.group(1)) ? matcher.group(1) : null;
        return new Rejected(rejection.line(), rejection.element(), field, rejection.reason());
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.warn("cannot delete the upload folder {}: {}", folder, e.getMessage());
        }
    }

    @JsonPropertyOrder({"stored", "rejected"})
    record Result(long stored, List<Rejected> rejected) {
    }

    /** A record not stored: its line in the body (and element, in a JSON array), the field at fault, and why. */
    @JsonPropertyOrder({"line", "element", "field", "reason"})
    record Rejected(long line, @JsonInclude(JsonInclude.Include.NON_NULL) Integer element, String field,
            String reason) {
    }
}
