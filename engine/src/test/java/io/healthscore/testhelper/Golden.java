package io.healthscore.testhelper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files in {@code engine/src/test/resources/golden/}: the exact text a test's output must equal.
 * After an intended change of output, regenerate them and review the diff before committing:
 * <pre>mvn -q -o test -Dtest='Samples*Test' -Dgolden.update=true</pre>
 * With {@code golden.update=true} the files are rewritten from the actual output and the comparison passes.
 */
public final class Golden {
    public static final String UPDATE = "golden.update";

    private Golden() {
    }

    public static Path file(String name) {
        return Repo.root().resolve("engine/src/test/resources/golden").resolve(name);
    }

    public static void assertMatches(String name, String actual) {
        Path file = file(name);
        String text = actual.replace("\r\n", "\n");
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s is missing; create it with -D%s=true", file, UPDATE).isRegularFile();
            assertThat(text)
                    .as("output differs from golden file %s; if the change is intended, regenerate with -D%s=true"
                            + " and review the diff", file, UPDATE)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("golden file " + file, e);
        }
    }
}
