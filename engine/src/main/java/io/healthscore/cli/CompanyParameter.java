package io.healthscore.cli;

import io.healthscore.company.CompanyId;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The COMPANY argument of the commands about one company (score, explain, history, override, churn). */
final class CompanyParameter {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Parameters(paramLabel = "COMPANY", description = "The company id.")
    String company;

    /** The company id, or a usage error that says what is accepted. */
    CompanyId id() {
        return CompanyArgument.parse(command, company);
    }
}
