package io.healthscore.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --month YYYY-MM}. */
final class MonthConverter implements ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below with the accepted format
        }
        throw new TypeConversionException("'" + value + "' is not a month; accepted: YYYY-MM, e.g. 2026-10");
    }
}
