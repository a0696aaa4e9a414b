package io.healthscore.web;

import io.healthscore.HealthscoreException;
import java.math.BigDecimal;

/**
 * The health target the console's portfolio page and the API's report measure against by default:
 * {@code $HEALTHSCORE_TARGET} as for {@code healthscore report}, else 70%; checked when {@code serve} starts.
 */
public final class HealthTarget {
    static final String VARIABLE = "HEALTHSCORE_TARGET";
    private static final BigDecimal DEFAULT = BigDecimal.valueOf(70);

    private HealthTarget() {
    }

    public static BigDecimal fromEnvironment() {
        return parse(System.getenv(VARIABLE));
    }

    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim().replace("%", ""));
            if (value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with what is accepted
        }
        throw new HealthscoreException("$" + VARIABLE + " '" + text + "': accepted: a percentage 0 to 100, e.g. 70 or 72.5");
    }
}
