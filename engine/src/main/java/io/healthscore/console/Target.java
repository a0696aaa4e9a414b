package io.healthscore.console;

import io.healthscore.HealthscoreException;
import java.math.BigDecimal;

/**
 * The health target the portfolio page measures against: {@code $HEALTHSCORE_TARGET} as for {@code healthscore
 * report}, else 70%; checked when the console starts.
 */
final class Target {
    static final String VARIABLE = "HEALTHSCORE_TARGET";
    private static final BigDecimal DEFAULT = BigDecimal.valueOf(70);

    private Target() {
    }

    static BigDecimal fromEnvironment() {
        return parse(System.getenv(VARIABLE));
    }

    static BigDecimal parse(String text) {
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
