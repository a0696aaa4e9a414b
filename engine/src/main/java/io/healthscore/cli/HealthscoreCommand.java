package io.healthscore.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "healthscore", mixinStandardHelpOptions = true, versionProvider = HealthscoreCommand.Version.class,
        description = "Scores the health of customer companies with Drools rules and emits per-band triggers.",
        subcommands = {IngestCommand.class, RunCommand.class, ScoreCommand.class, ServeCommand.class, RunsCommand.class,
                RulesCommand.class, WhatIfCommand.class, CalibrateCommand.class, ExplainCommand.class, TriggersCommand.class, HistoryCommand.class,
                OverrideCommand.class, ChurnCommand.class, CompaniesCommand.class, ReportCommand.class, UsersCommand.class,
                DemoCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:any other failure", "2:usage error",
                "3:input records were rejected (the valid ones were stored)", "4:the rules do not compile"})
final class HealthscoreCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        // the command line being run, not a new one: building another fails on the commands' Cli constructors
        throw new ParameterException(spec.commandLine(),
                "a command is required: ingest, run, score, serve, runs, rules, what-if, calibrate, explain, triggers, history,"
                + " override, churn, companies, report, users or demo");
    }

    /** The version Maven filtered into the jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = HealthscoreCommand.class.getResourceAsStream("/healthscore-version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"healthscore " + properties.getProperty("version", "unknown")};
        }
    }
}
