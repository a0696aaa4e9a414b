package io.healthscore.store;

/**
 * One company's newly arrived weeks of one month, packed as a {@code metrics} row holds them (see
 * {@link PackedWeeks}): what a bulk ingest hands the store, sorted by month, then company.
 */
public record MonthWeeks(String month, String company, String weeks) {
}
