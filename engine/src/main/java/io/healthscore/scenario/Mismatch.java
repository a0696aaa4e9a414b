package io.healthscore.scenario;

/** One checked field whose actual value is not the expected one, shown as {@code field: expected X, actual Y}. */
public record Mismatch(String field, String expected, String actual) {
    @Override
    public String toString() {
        return field + ": expected " + expected + ", actual " + actual;
    }
}
