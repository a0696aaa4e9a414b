package io.healthscore.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The charts' geometry: coordinates are exact decimals written with at most one decimal. */
final class Svg {
    private Svg() {
    }

    static String number(BigDecimal value) {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }

    /** {@code value} of {@code whole} on a scale {@code length} long: 12 of 40 on 600 is 180; 0 when whole is 0. */
    static BigDecimal scale(long value, long whole, int length) {
        if (whole == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(length))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
