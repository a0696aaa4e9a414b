package io.healthscore.console;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's jmustache templates under {@code console/} in the jar, every value escaped for HTML and a null
 * shown as nothing; {@code {{> chip}}} reads {@code console/chip.html}.
 */
final class Templates {
    private static final String FOLDER = "/console/";
    private static final Mustache.Compiler COMPILER = Mustache.compiler().withEscaper(Escapers.HTML).nullValue("")
            .withLoader(Templates::reader);
    private static final Map<String, Template> COMPILED = new ConcurrentHashMap<>();

    private Templates() {
    }

    /** The template {@code console/NAME.html} filled from {@code context}, a record whose components it names. */
    static String render(String name, Object context) {
        return COMPILED.computeIfAbsent(name, key -> COMPILER.compile(reader(key))).execute(context);
    }

    /** A file under {@code console/} as it is, e.g. the style sheet. */
    static String file(String name) {
        try (InputStream in = stream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read console/" + name + " from the jar", e);
        }
    }

    private static Reader reader(String name) {
        return new InputStreamReader(stream(name), StandardCharsets.UTF_8);
    }

    private static InputStream stream(String name) {
        String path = FOLDER + (name.contains(".") ? name : name + ".html");
        InputStream in = Templates.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("console template " + path + " is missing from the jar");
        }
        return in;
    }
}
