package io.healthscore.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one way the report turns a part of a whole into a percentage: exact decimals, one decimal, half up. */
public final class Percent {
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(1);
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** {@code part} of {@code whole} in percent, e.g. 1 of 3 is 33.3; 0.0 when the whole is 0. */
    public static BigDecimal of(long part, long whole) {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("a percentage needs 0 <= part <= whole, was " + part + " of " + whole);
        }
        if (whole == 0) {
            return ZERO;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** A percentage as people read it: at least one decimal, never an exponent ("70" is "70.0"). */
    public static String text(BigDecimal percent) {
        BigDecimal stripped = percent.stripTrailingZeros();
        return (stripped.scale() < 1 ? stripped.setScale(1) : stripped).toPlainString();
    }
}
