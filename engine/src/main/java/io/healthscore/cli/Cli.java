package io.healthscore.cli;

import io.healthscore.HealthscoreException;
import io.healthscore.config.ConfigException;
import io.healthscore.rules.RuleError;
import io.healthscore.rules.RulesCompileException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;

/** Builds the command line with its streams and clock, and maps every failure to one line and an exit code. */
public final class Cli {
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private boolean verbose;

    public Cli(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** Runs one command line; returns its exit status. */
    public int execute(String... args) {
        CommandLine commandLine = new CommandLine(new HealthscoreCommand(), factory());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setParameterExceptionHandler(this::usageError);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> failure(exception));
        return commandLine.execute(args);
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** For commands that open no workspace: show stack traces of failures. */
    void verbose(boolean verbose) {
        this.verbose = verbose;
    }

    Workspace workspace(StoreOptions options) {
        verbose = options.verbose;
        return new Workspace(options, clock);
    }

    private IFactory factory() {
        IFactory defaults = CommandLine.defaultFactory();
        return new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                for (var constructor : type.getDeclaredConstructors()) {
                    if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == Cli.class) {
                        return type.cast(constructor.newInstance(Cli.this));
                    }
                }
                return defaults.create(type);
            }
        };
    }

    private int usageError(ParameterException exception, String[] args) {
        String command = exception.getCommandLine().getCommandSpec().qualifiedName();
        err.println(command + ": " + exception.getMessage() + " (see '" + command + " --help')");
        return ExitCode.USAGE;
    }

    private int failure(Exception exception) {
        if (verbose) {
            exception.printStackTrace(err);
        }
        if (exception instanceof RulesCompileException rules) {
            for (RuleError error : rules.errors()) {
                err.println(error);
            }
            err.println("healthscore: the rules do not compile (" + rules.errors().size()
                    + (rules.errors().size() == 1 ? " error" : " errors") + "); nothing was scored or written");
            return ExitCode.RULES_DO_NOT_COMPILE;
        }
        if (exception instanceof ConfigException config) {
            err.println("healthscore: configuration: " + config.getMessage());
            return ExitCode.USAGE;
        }
        if (exception instanceof HealthscoreException known) {
            known.getMessage().lines().forEach(line -> err.println("healthscore: " + line));
            return ExitCode.FAILURE;
        }
        err.println("healthscore: unexpected " + exception.getClass().getSimpleName() + ": " + exception.getMessage()
                + (verbose ? "" : " (run again with --verbose for the stack trace)"));
        return ExitCode.FAILURE;
    }
}
