package io.healthscore.cli;

import picocli.CommandLine.Option;

/** The --json switch of the commands that print JSON instead of text. */
final class JsonOption {
    @Option(names = "--json", description = "Print JSON instead of text, one object a line.")
    boolean json;
}
