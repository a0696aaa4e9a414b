package io.healthscore.ingest;

/** One field of an input record as read, before validation: its JSON kind (TEXT for CSV cells) and text. */
record FieldValue(Kind kind, String text) {
    enum Kind { TEXT, STRING, NUMBER, NULL, OTHER }

    static final FieldValue NULL = new FieldValue(Kind.NULL, null);

    /** True for JSON null and for an empty CSV cell. */
    boolean isNull() {
        return kind == Kind.NULL || (kind == Kind.TEXT && text.isBlank());
    }

    String describe() {
        return switch (kind) {
            case STRING -> "the string \"" + text + "\"";
            case NUMBER, TEXT -> "'" + text + "'";
            case NULL -> "null";
            case OTHER -> "a JSON " + text;
        };
    }
}
