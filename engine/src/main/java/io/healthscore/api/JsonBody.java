package io.healthscore.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.json.Json;
import io.healthscore.web.ProblemException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A JSON object request body: its content type checked, parsed, and only the fields a route knows accepted. */
final class JsonBody {
    private final JsonNode body;

    private JsonBody(JsonNode body) {
        this.body = body;
    }

    /** The body; an empty body counts as {} when {@code optional}. */
    static JsonBody read(Context ctx, Set<String> fields, boolean optional) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0 && optional) {
            return new JsonBody(Json.object(Map.of()));
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ProblemException(415, "Unsupported media type", "the body must be application/json, not "
                    + (type == null ? "untyped" : "'" + type + "'") + "; send Content-Type: application/json");
        }
        JsonNode node;
        try {
            node = Json.tree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("Malformed JSON", "the body is not JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (node == null || !node.isObject()) {
            throw ProblemException.badRequest("Malformed JSON", "the body must be one JSON object, e.g. "
                    + example(fields));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw ProblemException.badField(name, "not a field of this request; accepted: " + String.join(", ",
                        fields.stream().sorted().toList()));
            }
        }
        return new JsonBody(node);
    }

    /** The field's text; null when absent or null; a 400 when it is not a string. */
    String text(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ProblemException.badField(field, "must be a string, not " + value.getNodeType().name().toLowerCase(
                    Locale.ROOT));
        }
        return value.asText();
    }

    private static String example(Set<String> fields) {
        return "{" + String.join(", ", fields.stream().sorted().map(field -> "\"" + field + "\": ...").toList()) + "}";
    }
}
