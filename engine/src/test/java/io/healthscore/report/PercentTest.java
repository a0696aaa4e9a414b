package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentTest {

    @ParameterizedTest(name = "{0} of {1} -> {2}")
    @CsvSource({"1, 3, 33.3", "2, 3, 66.7", "1, 8, 12.5", "1, 16, 6.3", "3, 40, 7.5", "23, 40, 57.5", "40, 40, 100.0",
            "0, 7, 0.0", "1, 2000, 0.1", "1, 2001, 0.0"})
    void should_round_half_up_to_one_decimal_when_dividing_exactly(long part, long whole, String expected) {
        BigDecimal percent = Percent.of(part, whole);

        assertThat(percent).isEqualTo(new BigDecimal(expected));
        assertThat(percent.scale()).isEqualTo(1);
    }

    @Test
    void should_be_zero_when_the_whole_is_zero() {
        assertThat(Percent.of(0, 0)).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void should_reject_a_part_larger_than_the_whole() {
        assertThatThrownBy(() -> Percent.of(4, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4 of 3");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"70, 70.0", "70.00, 70.0", "57.5, 57.5", "1E+2, 100.0", "12.25, 12.25"})
    void should_write_at_least_one_decimal_and_no_exponent_when_shown(String value, String shown) {
        assertThat(Percent.text(new BigDecimal(value))).isEqualTo(shown);
    }
}
