package io.healthscore.ingest;

/**
 * One field of an input record as read, before validation: its JSON kind (TEXT for CSV cells) and text. TWICE marks
 * a JSON key the record gives more than once, which is refused rather than read as its last value.
 */
record FieldValue(Kind kind, String text) {
    enum Kind { TEXT, STRING, NUMBER, NULL, OTHER, TWICE }

    static final FieldValue NULL = new FieldValue(Kind.NULL, null);
    static final FieldValue TWICE = new FieldValue(Kind.TWICE, null);

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
            case TWICE -> "given twice";
        };
    }
}
