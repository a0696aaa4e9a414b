package io.healthscore.report;

/** Checks the report's values share, with messages that name the field. */
final class Fields {
    private Fields() {
    }

    static String nonBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, was " + (value == null ? "null" : "'" + value + "'"));
        }
        return value;
    }

    static <T> T present(T value, String owner, String field) {
        if (value == null) {
            throw new NullPointerException(owner + ": " + field + " is required");
        }
        return value;
    }
}
