package io.healthscore.ingest;

import io.healthscore.company.CompanyId;
import io.healthscore.InvalidFieldException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Reads typed fields out of one record's raw values, naming the field and what is accepted when one is bad. */
final class RecordFields {
    private final Map<String, FieldValue> values;

    /** Refuses a record that gives a key twice, naming the first such key, before any field is read. */
    RecordFields(Map<String, FieldValue> values) {
        this.values = values;
        values.forEach((field, value) -> {
            if (value.kind() == FieldValue.Kind.TWICE) {
                throw new InvalidFieldException(field, "given twice; accepted: each field at most once per record");
            }
        });
    }

    CompanyId companyId(String field) {
        String text = requiredText(field, "1-64 characters of A-Z a-z 0-9 . _ -");
        if (!CompanyId.isValid(text)) {
            throw new InvalidFieldException(field, "'" + text + "' is not a company id; accepted: 1-64 characters of A-Z a-z 0-9 . _ -");
        }
        return CompanyId.of(text);
    }

    LocalDate date(String field) {
        String text = requiredText(field, "a date YYYY-MM-DD, the Monday that starts the ISO week");
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "'" + text + "' is not a date; accepted: YYYY-MM-DD, the Monday that starts the ISO week");
        }
    }

    /** A decimal number, or null when the field is absent or null and {@code optional}. */
    BigDecimal number(String field, String accepted, boolean optional) {
        FieldValue value = values.get(field);
        if (value == null || value.isNull()) {
            if (optional) {
                return null;
            }
            throw new InvalidFieldException(field, "is missing; accepted: a number from " + accepted);
        }
        if (value.kind() != FieldValue.Kind.NUMBER && value.kind() != FieldValue.Kind.TEXT) {
            throw new InvalidFieldException(field, "expected a number from " + accepted + ", got " + value.describe());
        }
        try {
            return new BigDecimal(value.text().trim());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, value.describe() + " is not a number; accepted: a number from " + accepted);
        }
    }

    /** Optional free text, trimmed; null when absent or empty. */
    String optionalText(String field, int maxLength) {
        FieldValue value = values.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.kind() != FieldValue.Kind.STRING && value.kind() != FieldValue.Kind.TEXT) {
            throw new InvalidFieldException(field, "expected text, got " + value.describe()
                    + "; accepted: text of at most " + maxLength + " characters, or empty");
        }
        String text = value.text().trim();
        if (text.length() > maxLength) {
            throw new InvalidFieldException(field, "is " + text.length() + " characters long; accepted: at most " + maxLength);
        }
        return text.isEmpty() ? null : text;
    }

    private String requiredText(String field, String accepted) {
        FieldValue value = values.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidFieldException(field, "is missing; accepted: " + accepted);
        }
        if (value.kind() != FieldValue.Kind.STRING && value.kind() != FieldValue.Kind.TEXT) {
            throw new InvalidFieldException(field, "expected a string (" + accepted + "), got " + value.describe());
        }
        return value.text();
    }
}
