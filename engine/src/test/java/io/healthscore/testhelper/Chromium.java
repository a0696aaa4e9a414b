package io.healthscore.testhelper;

import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Headless Chromium for tests that need a page really rendered: {@code $HEALTHSCORE_CHROMIUM}, else
 * /usr/bin/chromium, else chromium, chromium-browser or google-chrome on the PATH. Each call starts a browser
 * with a profile folder of its own, so parallel runs do not clash, at a fixed 1200 x 2400 window and scale 1.
 */
public final class Chromium {
    public static final String BINARY_VARIABLE = "HEALTHSCORE_CHROMIUM";
    public static final String REQUIRED_VARIABLE = "HEALTHSCORE_TEST_CHROMIUM";
    private static final List<String> ON_PATH = List.of("chromium", "chromium-browser", "google-chrome");
    private static final long TIMEOUT_SECONDS = 60;

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /** True when .ci/run (or a developer) says Chromium is expected: its tests then fail rather than skip. */
    public static boolean required() {
        return "required".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE));
    }

    public static Optional<Path> find() {
        String configured = System.getenv(BINARY_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        Path debian = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(debian)) {
            return Optional.of(debian);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(folder -> !folder.isBlank())
                .flatMap(folder -> ON_PATH.stream().map(name -> Path.of(folder, name)))
                .filter(Files::isExecutable).findFirst();
    }

    /** Where {@link #find()} looks, for messages. */
    public static String searched() {
        String configured = System.getenv(BINARY_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return "$" + BINARY_VARIABLE + " = " + configured + ", which is not an executable file";
        }
        return "$" + BINARY_VARIABLE + " (not set), /usr/bin/chromium, then " + String.join(", ", ON_PATH) + " on the PATH";
    }

    /** The browser, or a failed test that says how to install it. */
    public static Chromium require() {
        return find().map(Chromium::new).orElseThrow(() -> new AssertionError("headless Chromium not found (looked at "
                + searched() + "); install the Debian package chromium (apt-get install chromium) or set "
                + BINARY_VARIABLE + " to the browser"));
    }

    /** The page's DOM after Chromium parsed and laid it out, serialised as HTML. */
    public String dumpDom(Path page, Path workFolder) {
        Path output = workFolder.resolve("dom.html");
        run(workFolder, output, "--dump-dom", page.toUri().toString());
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 1200 x 2400 screenshot of the page, decoded. */
    public BufferedImage screenshot(Path page, Path workFolder) {
        Path png = workFolder.resolve("screenshot.png");
        run(workFolder, workFolder.resolve("screenshot.log"), "--screenshot=" + png, page.toUri().toString());
        try {
            BufferedImage image = ImageIO.read(png.toFile());
            if (image == null) {
                fail("Chromium wrote no PNG image to " + png);
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the screenshot " + png, e);
        }
    }

    private void run(Path workFolder, Path output, String... arguments) {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--force-color-profile=srgb",
                "--window-size=1200,2400", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + workFolder.resolve("profile")));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectOutput(Redirect.to(output.toFile()))
                    .redirectError(Redirect.DISCARD).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("Chromium did not finish in " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
            }
            if (process.exitValue() != 0) {
                fail("Chromium exited with " + process.exitValue() + ": " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("starting " + binary, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while waiting for Chromium");
        }
    }
}
