package io.healthscore.scenario;

import io.healthscore.assessment.CompanyMonth;
import java.util.Objects;

/**
 * One scenario of a scenario file: where it is, its name, the month it scores (without history), the company's past
 * and what it expects.
 */
public record Scenario(String file, int line, String name, CompanyMonth input, ScenarioPast past, Expectation expectation) {
    public Scenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(past, "past");
        Objects.requireNonNull(expectation, "expectation");
    }
}
