package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.healthscore.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Writes an automations file into a test's folder and loads it as the CLI does. Rejections come back with the
 * folder cut off the file name, as {@code automations.yaml:LINE: key: problem}, after checking that they named it.
 */
final class AutomationsYaml {
    static final String NAME = "automations.yaml";

    private final Path folder;
    private final Map<String, String> environment;
    private final Set<String> knownTriggers;

    AutomationsYaml(Path folder) {
        this(folder, Map.of(), Set.of());
    }

    private AutomationsYaml(Path folder, Map<String, String> environment, Set<String> knownTriggers) {
        this.folder = folder;
        this.environment = environment;
        this.knownTriggers = knownTriggers;
    }

    AutomationsYaml withEnvironment(Map<String, String> variables) {
        return new AutomationsYaml(folder, variables, knownTriggers);
    }

    AutomationsYaml withRulesEmitting(String... triggers) {
        return new AutomationsYaml(folder, environment, Set.of(triggers));
    }

    Path triggersFile() {
        return folder.resolve("data").resolve("triggers.jsonl");
    }

    Automations load(String yaml) {
        return load(write(yaml));
    }

    Automations load(Path file) {
        return AutomationsFile.load(file, triggersFile(), environment, knownTriggers);
    }

    /** The one-line message {@code yaml} is rejected with, the folder cut off the file's name. */
    String rejection(String yaml) {
        Path file = write(yaml);
        ConfigException rejected = catchThrowableOfType(() -> load(file), ConfigException.class);
        assertThat(rejected).as("rejection of%n%s", yaml).isNotNull();
        assertThat(rejected.getMessage()).startsWith(file + ":").doesNotContain("\n");
        return NAME + rejected.getMessage().substring(file.toString().length());
    }

    private Path write(String yaml) {
        Path file = folder.resolve(NAME);
        try {
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
