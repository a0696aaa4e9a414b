package io.healthscore.testhelper;

import io.healthscore.store.Database;
import io.healthscore.store.StoreLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Another process holding an embedded store open, as a second healthscore would. Its {@code main} opens the
 * store, prints "ready", and holds the store until its standard input is written to or closed (which also
 * happens when the test JVM dies, so a forgotten holder never outlives the build).
 */
public final class StoreHolder {
    private static final String READY = "ready";

    private final Process process;

    private StoreHolder(Process process) {
        this.process = process;
    }

    /** Starts a JVM that holds {@code store} open; returns once the store is open in it. */
    public static StoreHolder start(Path store, Path workFolder) throws IOException, InterruptedException {
        Path log = workFolder.resolve("holder.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), store.toString()))
                .redirectError(Redirect.to(log.toFile()))
                .start();
        StoreHolder holder = new StoreHolder(process);
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line = CompletableFuture.supplyAsync(() -> readLine(output)).get(60, TimeUnit.SECONDS);
            if (READY.equals(line)) {
                return holder;
            }
        } catch (ExecutionException | TimeoutException e) {
            // reported below with the holder's own log
        }
        holder.close();
        throw new IllegalStateException("the store holder did not open " + store + ": " + Files.readString(log));
    }

    /** Asks the holder to let go, and kills it if it does not within ten seconds. */
    public void close() throws InterruptedException {
        try (OutputStream input = process.getOutputStream()) {
            input.write('\n');
        } catch (IOException e) {
            // the holder is gone already
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String readLine(BufferedReader output) {
        try {
            return output.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    public static void main(String[] args) throws IOException {
        Database database = Database.open(StoreLocation.parse(args[0]));
        try {
            System.out.println(READY);
            System.out.flush();
            System.in.read();
        } finally {
            database.close();
        }
    }
}
