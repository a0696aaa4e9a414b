package io.healthscore.cli;

/** The documented exit statuses (contract section 4). */
final class ExitCode {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int REJECTED_INPUT = 3;
    static final int RULES_DO_NOT_COMPILE = 4;

    private ExitCode() {
    }
}
