package io.healthscore.cli;

import io.healthscore.company.CompanyId;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The COMPANY argument of a command: a company id, or a usage error that says what is accepted. */
final class CompanyArgument {
    private CompanyArgument() {
    }

    static CompanyId parse(CommandSpec spec, String value) {
        if (!CompanyId.isValid(value)) {
            throw new ParameterException(spec.commandLine(), "'" + value
                    + "' is not a company id; accepted: 1-64 characters of A-Z a-z 0-9 . _ -");
        }
        return CompanyId.of(value);
    }
}
