package io.healthscore.testhelper;

import io.healthscore.store.Database;
import io.healthscore.store.StoreLocation;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another process holding an embedded store open, as a second healthscore would. Its {@code main} opens the
 * store, creates the ready file, and holds the store until the release file appears (or two minutes pass,
 * so a forgotten holder never outlives the build).
 */
public final class StoreHolder {
    private static final Duration MAX_HOLD = Duration.ofMinutes(2);

    private final Process process;
    private final Path release;

    private StoreHolder(Process process, Path release) {
        this.process = process;
        this.release = release;
    }

    /** Starts a JVM that holds {@code store} open; returns once the store is open in it. */
    public static StoreHolder start(Path store, Path workFolder) throws IOException, InterruptedException {
        Path ready = workFolder.resolve("holder.ready");
        Path release = workFolder.resolve("holder.release");
        Path log = workFolder.resolve("holder.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), store.toString(), ready.toString(), release.toString()))
                .redirectErrorStream(true)
                .redirectOutput(Redirect.to(log.toFile()))
                .start();
        StoreHolder holder = new StoreHolder(process, release);
        Instant deadline = Instant.now().plusSeconds(60);
        while (!Files.exists(ready)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                holder.close();
                throw new IllegalStateException("the store holder did not open " + store + ": " + Files.readString(log));
            }
            Thread.sleep(50);
        }
        return holder;
    }

    /** Asks the holder to let go, and kills it if it does not within ten seconds. */
    public void close() throws IOException, InterruptedException {
        try {
            Files.createFile(release);
        } catch (FileAlreadyExistsException e) {
            // asked already
        } finally {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path ready = Path.of(args[1]);
        Path release = Path.of(args[2]);
        Instant until = Instant.now().plus(MAX_HOLD);
        Database database = Database.open(StoreLocation.parse(args[0]));
        try {
            Files.createFile(ready);
            while (!Files.exists(release) && Instant.now().isBefore(until)) {
                Thread.sleep(50);
            }
        } finally {
            database.close();
        }
    }
}
