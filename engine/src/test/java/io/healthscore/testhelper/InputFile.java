package io.healthscore.testhelper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes input files for ingest tests. */
public final class InputFile {
    private InputFile() {
    }

    /** The lines joined by {@code \n}, with a final newline. */
    public static Path lines(Path folder, String name, String... lines) {
        return raw(folder, name, String.join("\n", lines) + "\n");
    }

    /** The content exactly as given (line endings included), in UTF-8. */
    public static Path raw(Path folder, String name, String content) {
        return bytes(folder, name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The content in UTF-8 after a byte order mark, as Excel and Windows PowerShell write it. */
    public static Path withByteOrderMark(Path folder, String name, String content) {
        byte[] text = content.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(text, 0, marked, 3, text.length);
        return bytes(folder, name, marked);
    }

    public static Path bytes(Path folder, String name, byte[] content) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
