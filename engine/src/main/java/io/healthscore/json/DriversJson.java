package io.healthscore.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.assessment.Drivers;
import java.math.BigDecimal;

/** {@code "drivers": {login, adoption, nps, weeks, change}}, as an explanation and a delivered trigger give them. */
@JsonPropertyOrder({"login", "adoption", "nps", "weeks", "change"})
public record DriversJson(BigDecimal login, BigDecimal adoption, BigDecimal nps, int weeks, Integer change) {
    public static DriversJson of(Drivers drivers) {
        return new DriversJson(drivers.login(), drivers.adoption(), drivers.nps(), drivers.weeks(), drivers.change());
    }
}
