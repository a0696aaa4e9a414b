package io.healthscore.console;

import io.healthscore.assessment.Drivers;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

/** One driver of the score (login, adoption, NPS) this month, against the month before: improving or declining. */
record DriverChange(String name, String value, String change, String trend, String trendText) {

    /** The three drivers of {@code now}; {@code before} and {@code previousMonth} are null without an earlier month. */
    static List<DriverChange> of(Drivers now, Drivers before, YearMonth previousMonth) {
        return List.of(of("Login", Drivers::login, now, before, previousMonth),
                of("Adoption", Drivers::adoption, now, before, previousMonth),
                of("NPS", Drivers::nps, now, before, previousMonth));
    }

    private static DriverChange of(String name, Function<Drivers, BigDecimal> driver, Drivers now, Drivers before,
            YearMonth previousMonth) {
        BigDecimal value = driver.apply(now);
        BigDecimal earlier = before == null ? null : driver.apply(before);
        if (value == null || earlier == null) {
            return new DriverChange(name, Shown.decimal(value), null, "unchanged",
                    value == null ? "no data this month" : "no value the month before to compare");
        }
        BigDecimal delta = value.subtract(earlier);
        String against = " against " + previousMonth + " (" + Shown.decimal(earlier) + ")";
        return switch (delta.signum()) {
            case 1 -> new DriverChange(name, Shown.decimal(value), "+" + Shown.decimal(delta), "improving",
                    "improving" + against);
            case -1 -> new DriverChange(name, Shown.decimal(value), Shown.decimal(delta), "declining",
                    "declining" + against);
            default -> new DriverChange(name, Shown.decimal(value), null, "unchanged", "unchanged" + against);
        };
    }
}
