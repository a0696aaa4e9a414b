package io.healthscore.scenario;

import io.healthscore.assessment.CompanyMonth;
import io.healthscore.rules.facts.Provisional;
import java.util.Objects;

/**
 * One scenario of a scenario file: where it is, its name, the month it scores (without history), the company's past,
 * what it expects, and {@code provisional} when it scores the month to date (null: the whole month).
 */
public record Scenario(String file, int line, String name, CompanyMonth input, ScenarioPast past, Expectation expectation,
        Provisional provisional) {
    public Scenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(past, "past");
        Objects.requireNonNull(expectation, "expectation");
    }
}
