package io.healthscore.cli;

import io.healthscore.manual.ManualStatus;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The --by and --note options of the manual commands (override, churn), checked against what the store keeps. */
final class ManualOptions {
    @Option(names = "--note", paramLabel = "TEXT", description = "Why (required, but for --clear and --undo).")
    String note;

    @Option(names = "--by", paramLabel = "NAME", description = "Who makes the change (default: the user name, $USER).")
    String by;

    /** {@code --by}, or the user name the process runs as. */
    String author(CommandSpec spec) {
        String author = by != null ? by.trim() : System.getProperty("user.name", "").trim();
        if (author.isEmpty() || author.length() > ManualStatus.AUTHOR_LIMIT) {
            throw new ParameterException(spec.commandLine(), "--by: give who makes the change, 1-" + ManualStatus.AUTHOR_LIMIT + " characters");
        }
        return author;
    }

    /** {@code --note}, or {@code fallback} when it may be left out (null: required). */
    String note(CommandSpec spec, String fallback) {
        if (note == null || note.isBlank()) {
            if (fallback != null) {
                return fallback;
            }
            throw new ParameterException(spec.commandLine(), "--note is required: say why, e.g. --note \"customer asked to cancel\"");
        }
        if (note.length() > ManualStatus.NOTE_LIMIT) {
            throw new ParameterException(spec.commandLine(), "--note is " + note.length() + " characters; accepted: up to " + ManualStatus.NOTE_LIMIT);
        }
        return note.trim();
    }
}
