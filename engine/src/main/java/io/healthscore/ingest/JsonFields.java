package io.healthscore.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one flat JSON object (the parser on its START_OBJECT) into raw field values, in the order given; a key given
 * more than once is read to the end of the object and marked {@link FieldValue#TWICE}.
 */
final class JsonFields {
    private JsonFields() {
    }

    static Map<String, FieldValue> readObject(JsonParser parser) throws IOException {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            FieldValue read = switch (value) {
                case VALUE_STRING -> new FieldValue(FieldValue.Kind.STRING, parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new FieldValue(FieldValue.Kind.NUMBER, parser.getText());
                case VALUE_NULL -> FieldValue.NULL;
                case VALUE_TRUE, VALUE_FALSE -> new FieldValue(FieldValue.Kind.OTHER, "boolean");
                case START_OBJECT, START_ARRAY -> skip(parser, value);
                default -> new FieldValue(FieldValue.Kind.OTHER, value.name());
            };
            values.put(name, values.containsKey(name) ? FieldValue.TWICE : read);
        }
        return values;
    }

    private static FieldValue skip(JsonParser parser, JsonToken start) throws IOException {
        parser.skipChildren();
        return new FieldValue(FieldValue.Kind.OTHER, start == JsonToken.START_OBJECT ? "object" : "array");
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    /** Jackson's message without its source excerpt and location, which the caller reports itself. */
    static String shortMessage(com.fasterxml.jackson.core.JsonProcessingException e) {
        return e.getOriginalMessage().lines().findFirst().orElse("malformed JSON")
                .replaceAll("\\s*\\(start marker at \\[Source:.*$", "")
                // a parser switch the user cannot set
                .replaceAll(":?\\s*enable `[^`]+` to allow", "");
    }
}
