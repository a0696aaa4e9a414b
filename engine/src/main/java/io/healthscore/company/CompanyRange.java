package io.healthscore.company;

/**
 * The company ids from {@code first} (inclusive) up to {@code end} (exclusive) in code-unit order; a null bound is
 * open. A month run's shards are ranges that together cover every id exactly once.
 */
public record CompanyRange(String first, String end) {
    public static final CompanyRange ALL = new CompanyRange(null, null);

    public CompanyRange {
        if (first != null && end != null && first.compareTo(end) >= 0) {
            throw new IllegalArgumentException("company range [" + first + ", " + end + ") is empty");
        }
    }

    public boolean contains(String id) {
        return (first == null || id.compareTo(first) >= 0) && (end == null || id.compareTo(end) < 0);
    }

    @Override
    public String toString() {
        return "[" + (first == null ? "start" : first) + ", " + (end == null ? "end" : end) + ")";
    }
}
