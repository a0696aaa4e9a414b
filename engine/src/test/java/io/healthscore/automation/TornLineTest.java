package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TornLineTest {
    @TempDir
    Path folder;

    @Test
    void should_cut_off_the_incomplete_last_line_when_a_writer_was_killed_mid_line() throws IOException {
        Path file = Files.writeString(folder.resolve("triggers.jsonl"), "{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"c" + "x".repeat(20_000));

        repair(file);

        assertThat(Files.readString(file)).isEqualTo("{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
    }

    @Test
    void should_leave_the_file_alone_when_its_last_line_is_complete() throws IOException {
        Path file = Files.writeString(folder.resolve("triggers.jsonl"), "{\"id\":\"a\"}\n");

        repair(file);

        assertThat(Files.readString(file)).isEqualTo("{\"id\":\"a\"}\n");
    }

    @Test
    void should_empty_the_file_when_its_only_line_is_incomplete() throws IOException {
        Path file = Files.writeString(folder.resolve("triggers.jsonl"), "{\"id\":\"a");

        repair(file);

        assertThat(Files.readString(file)).isEmpty();
    }

    private static void repair(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            TornLine.repair(channel, file);
        }
    }
}
