package io.healthscore.cli;

import java.time.Clock;
import java.util.Arrays;

/** The healthscore command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v")) {
            System.setProperty("healthscore.stderr.level", "DEBUG");
        }
        System.exit(new Cli(System.out, System.err, Clock.systemDefaultZone()).execute(args));
    }
}
