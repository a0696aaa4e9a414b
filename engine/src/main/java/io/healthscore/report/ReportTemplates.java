package io.healthscore.report;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTML report's jmustache templates under {@code report/} in the jar. Every value is escaped for HTML
 * ({@link Escapers#HTML}); a null value shows as nothing. {@code {{> band}}} reads {@code report/band.html},
 * a name with a dot ({@code {{> style.css}}}) the file of that name.
 */
final class ReportTemplates {
    private static final String FOLDER = "/report/";
    private static final Mustache.Compiler COMPILER = Mustache.compiler().withEscaper(Escapers.HTML).nullValue("")
            .withLoader(ReportTemplates::reader);
    private static final Map<String, Template> COMPILED = new ConcurrentHashMap<>();

    private ReportTemplates() {
    }

    /** The template {@code report/NAME.html} filled from {@code context}, a record whose components it names. */
    static String render(String name, Object context) {
        return COMPILED.computeIfAbsent(name, key -> COMPILER.compile(reader(key))).execute(context);
    }

    private static Reader reader(String name) {
        String path = FOLDER + (name.contains(".") ? name : name + ".html");
        InputStream in = ReportTemplates.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("report template " + path + " is missing from the jar");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
