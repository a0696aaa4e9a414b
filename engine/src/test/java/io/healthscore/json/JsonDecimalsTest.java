package io.healthscore.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@link Json} spells a decimal: plain by default, and the two annotated exceptions. */
class JsonDecimalsTest {
    record Plain(BigDecimal value) {
    }

    record OneDecimal(@AtLeastOneDecimal BigDecimal value) {
    }

    record Kept(@KeepScale BigDecimal value) {
    }

    @ParameterizedTest
    @CsvSource({"70.25, 70.25", "61.00, 61", "1E+2, 100", "0.00, 0", "-6.50, -6.5", "2E-7, 0.0000002"})
    void should_write_a_decimal_plain_without_trailing_zeros_when_nothing_else_is_asked(String value, String written) {
        assertThat(Json.line(new Plain(new BigDecimal(value)))).isEqualTo("{\"value\":" + written + "}");
    }

    @ParameterizedTest
    @CsvSource({"70.25, 70.25", "55, 55.0", "61.50, 61.5", "1E+2, 100.0", "0.00, 0.0", "2E-7, 0.0000002"})
    void should_write_at_least_one_decimal_place_when_annotated_so(String value, String written) {
        assertThat(Json.line(new OneDecimal(new BigDecimal(value)))).isEqualTo("{\"value\":" + written + "}");
    }

    @ParameterizedTest
    @CsvSource({"70, 70", "72.50, 72.50", "-12.5, -12.5", "1E+1, 10"})
    void should_keep_the_scale_the_value_has_when_annotated_so(String value, String written) {
        assertThat(Json.line(new Kept(new BigDecimal(value)))).isEqualTo("{\"value\":" + written + "}");
    }

    @ParameterizedTest
    @CsvSource(value = {"plain", "one", "kept"})
    void should_write_null_when_a_decimal_is_absent(String kind) {
        Object value = switch (kind) {
            case "plain" -> new Plain(null);
            case "one" -> new OneDecimal(null);
            default -> new Kept(null);
        };

        assertThat(Json.line(value)).isEqualTo("{\"value\":null}");
    }
}
