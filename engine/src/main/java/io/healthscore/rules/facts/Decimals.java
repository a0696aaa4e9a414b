package io.healthscore.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** Exact decimal helpers for rule authors; never binary floating point. */
public final class Decimals {
    /** Decimal places kept by a division that does not terminate (e.g. a weight of 1/3). */
    public static final int DIVISION_SCALE = 12;

    private Decimals() {
    }

    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** Exact when the quotient terminates within {@link #DIVISION_SCALE} places, else rounded half-even there. */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, DIVISION_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** The arithmetic mean of decimal values (a Drools {@code collectList} of BigDecimal). */
    public static BigDecimal mean(Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the mean of no values is undefined");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Object value : values) {
            sum = sum.add((BigDecimal) value);
        }
        return divide(sum, BigDecimal.valueOf(values.size()));
    }

    /** Rounds half up to a whole number: 75.5 gives 76, 75.49 gives 75. */
    public static int roundHalfUp(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
