package io.healthscore.yaml;

/** A YAML scalar as written: its kind as YAML resolved it and its source text (numbers keep every digit). */
public record YamlScalar(int line, Kind kind, String text) implements YamlValue {
    public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    @Override
    public String describe() {
        return switch (kind) {
            case STRING -> "the string \"" + text + "\"";
            case NUMBER -> "the number " + text;
            case BOOLEAN -> "the boolean " + text;
            case NULL -> "null";
        };
    }
}
