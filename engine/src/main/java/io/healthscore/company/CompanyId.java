package io.healthscore.company;

import java.util.regex.Pattern;

/** A customer company's identifier: 1-64 characters of {@code A-Z a-z 0-9 . _ -}. */
public record CompanyId(String value) implements Comparable<CompanyId> {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public CompanyId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(describe(value));
        }
    }

    public static CompanyId of(String value) {
        return new CompanyId(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    static String describe(String value) {
        String shown = value == null ? "nothing" : "'" + value + "'";
        return "company id " + shown + " is not valid; accepted: 1-64 characters of A-Z a-z 0-9 . _ -";
    }

    @Override
    public int compareTo(CompanyId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
