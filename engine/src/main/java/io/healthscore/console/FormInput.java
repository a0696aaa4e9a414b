package io.healthscore.console;

import java.util.Map;
import java.util.Objects;

/**
 * A status form sent back with what is wrong: which form ({@code status}, {@code clear}, {@code churn},
 * {@code reinstate}), the field at fault (null: the form as a whole), the message and the values to show again.
 */
record FormInput(String form, String field, String message, Map<String, String> values) {
    FormInput {
        values = Map.copyOf(values);
    }

    /** The error of {@code field} on {@code form}, or null. */
    String error(String onForm, String onField) {
        return form.equals(onForm) && Objects.equals(field, onField) ? message : null;
    }

    String value(String onForm, String name) {
        return form.equals(onForm) ? values.getOrDefault(name, "") : "";
    }
}
