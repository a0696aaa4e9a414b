package io.healthscore.testhelper;

import io.healthscore.cli.Main;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@code healthscore} command in a JVM of its own, which a test can kill with SIGKILL in the middle of its work. */
public final class CliProcess implements AutoCloseable {
    private final Process process;
    private final Path stderr;

    private CliProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
    }

    /** Starts {@code healthscore args...} with its output and log in {@code folder}. */
    public static CliProcess start(Path folder, String... args) throws IOException {
        Path logFolder = Files.createDirectories(folder);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dlogback.configurationFile=" + Repo.root().resolve("engine/src/main/resources/logback.xml"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(Redirect.to(logFolder.resolve("stderr").toFile()))
                .redirectOutput(Redirect.to(logFolder.resolve("stdout").toFile()));
        builder.environment().put("HEALTHSCORE_LOG_DIR", logFolder.toString());
        return new CliProcess(builder.start(), logFolder.resolve("stderr"));
    }

    /** SIGKILL: the process dies on the spot, as in a crash or an out-of-memory kill. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    public boolean alive() {
        return process.isAlive();
    }

    public String stderr() throws IOException {
        return Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
