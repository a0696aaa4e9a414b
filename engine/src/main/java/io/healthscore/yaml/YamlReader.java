package io.healthscore.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads one YAML document into {@link YamlValue}s that know their lines. Numbers keep their source text. */
public final class YamlReader {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final String SYNTAX = "yaml";

    private YamlReader() {
    }

    /** The document's value, or null for a file without one (empty, or only comments). */
    public static YamlValue read(String text, String accepted) {
        try (YAMLParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YamlValue value = value(parser, first);
            if (parser.nextToken() != null) {
                throw new YamlException(line(parser), SYNTAX,
                        "a second document (---) follows the first; accepted: one document per file");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw syntaxError(e, accepted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static YamlValue value(YAMLParser parser, JsonToken token) throws IOException {
        int line = line(parser);
        if (parser.isCurrentAlias()) {
            throw new YamlException(line, SYNTAX, "alias *" + parser.getText()
                    + " is not supported; accepted: the value written out in full");
        }
        return switch (token) {
            case START_ARRAY -> list(parser, line);
            case START_OBJECT -> map(parser, line);
            case VALUE_STRING -> new YamlScalar(line, YamlScalar.Kind.STRING, parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new YamlScalar(line, YamlScalar.Kind.NUMBER, parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> new YamlScalar(line, YamlScalar.Kind.BOOLEAN, parser.getText());
            case VALUE_NULL -> new YamlScalar(line, YamlScalar.Kind.NULL, null);
            default -> throw new YamlException(line, SYNTAX, "unexpected " + token + "; accepted: plain YAML values");
        };
    }

    private static YamlList list(YAMLParser parser, int line) throws IOException {
        List<YamlValue> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(value(parser, token));
        }
        return new YamlList(line, items);
    }

    private static YamlMap map(YAMLParser parser, int line) throws IOException {
        List<YamlMap.Entry> entries = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String key = parser.currentName();
            int keyLine = line(parser);
            entries.add(new YamlMap.Entry(key, keyLine, value(parser, parser.nextToken())));
        }
        return new YamlMap(line, entries);
    }

    private static int line(YAMLParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** SnakeYAML's several-line report as one line, at the line of the problem. */
    private static YamlException syntaxError(JsonProcessingException e, String accepted) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark context = marked.getContextMark();
            String where = marked.getContext() == null || context == null ? ""
                    : marked.getContext() + " (from line " + (context.getLine() + 1) + "): ";
            return new YamlException(marked.getProblemMark().getLine() + 1, SYNTAX,
                    where + oneLine(marked.getProblem()) + "; accepted: " + accepted);
        }
        int line = e.getLocation() == null ? 1 : Math.max(e.getLocation().getLineNr(), 1);
        return new YamlException(line, SYNTAX, oneLine(e.getOriginalMessage()) + "; accepted: " + accepted);
    }

    private static String oneLine(String text) {
        return text == null ? "malformed YAML" : text.lines().findFirst().orElse("malformed YAML").trim();
    }
}
