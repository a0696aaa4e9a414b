package io.healthscore.views;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.assessment.Drivers;
import io.healthscore.json.AtLeastOneDecimal;
import java.math.BigDecimal;

/** The contract's {@code "drivers": {login, adoption, nps, change}}: 70.25 stays 70.25, 55 is written 55.0. */
@JsonPropertyOrder({"login", "adoption", "nps", "change"})
public record AssessmentDrivers(@AtLeastOneDecimal BigDecimal login, @AtLeastOneDecimal BigDecimal adoption,
        @AtLeastOneDecimal BigDecimal nps, Integer change) {

    public static AssessmentDrivers of(Drivers drivers) {
        return new AssessmentDrivers(drivers.login(), drivers.adoption(), drivers.nps(), drivers.change());
    }
}
