package io.healthscore.testhelper;

import io.healthscore.cli.Main;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code healthscore serve} node in a JVM of its own, which a test can stop with SIGTERM or kill with SIGKILL. */
public final class ServeNode implements AutoCloseable {
    private static final Pattern STARTED = Pattern.compile("health on http://[^:]+:(\\d+)/health");

    private final String name;
    private final Process process;
    private final Path stderr;
    private final Path logFolder;
    private int healthPort;

    private ServeNode(String name, Process process, Path stderr, Path logFolder) {
        this.name = name;
        this.process = process;
        this.stderr = stderr;
        this.logFolder = logFolder;
    }

    /**
     * Starts {@code healthscore serve args...} as node {@code name}, with its log and output in {@code folder}, and
     * returns once it reported it started (or throws with its output when it did not within a minute).
     */
    public static ServeNode start(String name, Path folder, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Path logFolder = Files.createDirectories(folder.resolve("node-" + name));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dlogback.configurationFile=" + Repo.root().resolve("engine/src/main/resources/logback.xml"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--node", name,
                "--health-port", "0"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(Redirect.to(logFolder.resolve("stderr").toFile()))
                .redirectOutput(Redirect.to(logFolder.resolve("stdout").toFile()));
        builder.environment().put("HEALTHSCORE_LOG_DIR", logFolder.toString());
        builder.environment().putAll(environment);
        ServeNode node = new ServeNode(name, builder.start(), logFolder.resolve("stderr"), logFolder);
        node.awaitStart();
        return node;
    }

    private void awaitStart() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            Matcher started = STARTED.matcher(stderr());
            if (started.find()) {
                healthPort = Integer.parseInt(started.group(1));
                return;
            }
            Thread.sleep(100);
        }
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new IllegalStateException("serve node " + name + " did not start: " + stderr() + log());
    }

    public String name() {
        return name;
    }

    public int healthPort() {
        return healthPort;
    }

    public String stderr() throws IOException {
        return Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.UTF_8) : "";
    }

    public String log() throws IOException {
        Path log = logFolder.resolve("healthscore.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** SIGKILL: the node dies on the spot, as in a crash. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM; returns the exit status, or -1 when the node did not stop within {@code wait}. */
    public int terminate(Duration wait) throws InterruptedException {
        process.destroy();
        return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
