package io.healthscore.testhelper;

import java.nio.file.Path;

/** Paths into the repository: the real rules/ and samples/ folders that tests compile and run. */
public final class Repo {
    private Repo() {
    }

    public static Path root() {
        return Path.of(System.getProperty("healthscore.repo", "..")).toAbsolutePath().normalize();
    }

    public static Path rules() {
        return root().resolve("rules");
    }

    public static Path samples() {
        return root().resolve("samples");
    }
}
