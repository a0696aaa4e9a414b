package io.healthscore.automation;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message template from the automations file (or a built-in default), compiled at start so that a bad
 * template stops start-up, not a delivery. It is Mustache: {@code {{company.name}}} shows a value,
 * {@code {{#drivers.nps}}…{{/drivers.nps}}} shows its text only when the value is present, {@code {{^…}}} only
 * when it is missing. Placeholders: id, trigger, month, monthName, company.id, company.name, company.owner,
 * company.contact, company.segment, score, band, bandLabel, previousScore, previousBand, previousBandLabel,
 * drivers.login, drivers.adoption, drivers.nps, drivers.weeks, drivers.change, replay; a missing value shows
 * as {@code n/a} (company.name falls back to the company id).
 */
public final class MessageTemplate {
    private static final Mustache.Compiler HTML = compiler().escapeHTML(true);
    private static final Mustache.Compiler TEXT = compiler().escapeHTML(false);

    private final String source;
    private final Template template;

    private MessageTemplate(String source, Template template) {
        this.source = source;
        this.template = template;
    }

    /**
     * Compiles {@code source}; {@code html} escapes every value for HTML. Throws IllegalArgumentException
     * naming the problem (syntax, an unknown placeholder) and what is accepted.
     */
    public static MessageTemplate compile(String source, boolean html) {
        return compile(source, html ? HTML : TEXT, false);
    }

    /**
     * Compiles a built-in HTML message, which may use the shared layout and partials that {@code loader} reads
     * ({@code {{<layout}}}, {@code {{> details}}}); templates from the automations file may not.
     */
    static MessageTemplate compileBuiltIn(String source, Mustache.TemplateLoader loader) {
        return compile(source, HTML.withLoader(loader), true);
    }

    private static MessageTemplate compile(String source, Mustache.Compiler compiler, boolean builtIn) {
        Objects.requireNonNull(source, "source");
        Template template;
        try {
            template = compiler.compile(source);
        } catch (MustacheException e) {
            throw new IllegalArgumentException("template does not compile: " + e.getMessage()
                    + "; accepted: placeholders as {{name}}, sections as {{#name}}…{{/name}}", e);
        }
        template.visit(new PlaceholderCheck(source, builtIn));
        MessageTemplate compiled = new MessageTemplate(source, template);
        TemplateValues.samples().forEach(compiled::tryRender);
        return compiled;
    }

    /** The text for {@code event}; values are HTML-escaped when the template was compiled for HTML. */
    public String render(TriggerEvent event) {
        return template.execute(TemplateValues.of(event));
    }

    public String source() {
        return source;
    }

    /** The placeholders templates accept, in the order error messages list them. */
    public static List<String> placeholders() {
        return TemplateValues.NAMES;
    }

    /** Renders a sample so that what the static check cannot see (a placeholder jmustache cannot resolve) fails now. */
    private void tryRender(TriggerEvent sample) {
        try {
            render(sample);
        } catch (MustacheException.Context e) {
            throw unknown(e.key, e.lineNo);
        } catch (MustacheException | UnsupportedOperationException e) {
            throw new IllegalArgumentException("template cannot be rendered: " + e.getMessage(), e);
        }
    }

    static IllegalArgumentException unknown(String name, int line) {
        String where = line > 0 ? " (template line " + line + ")" : "";
        return new IllegalArgumentException("unknown placeholder '" + name + "'" + where + "; accepted: "
                + String.join(", ", TemplateValues.NAMES));
    }

    private static Mustache.Compiler compiler() {
        return Mustache.compiler().strictSections(true).nullValue(TemplateValues.NOT_AVAILABLE);
    }

    /** Rejects, before anything is rendered, a placeholder or section that is not one of {@link TemplateValues#NAMES}. */
    private record PlaceholderCheck(String source, boolean builtIn) implements Mustache.Visitor {
        @Override
        public void visitText(String text) {
            int open = text.indexOf("{{");
            if (open >= 0) {
                String tag = text.substring(open, Math.min(text.length(), open + 30)).strip();
                throw new IllegalArgumentException("unclosed tag '" + tag + "' (template line "
                        + line(source.indexOf(tag)) + "); accepted: tags closed with }}, e.g. {{company.name}}");
            }
        }

        @Override
        public void visitVariable(String name) {
            check(name);
        }

        @Override
        public boolean visitInclude(String name) {
            if (builtIn) {
                return true;
            }
            throw new IllegalArgumentException("partials ({{> " + name + "}}) are not supported; write the text"
                    + " into the template");
        }

        @Override
        public boolean visitParent(String name) {
            if (builtIn) {
                return true;
            }
            throw new IllegalArgumentException("template inheritance ({{< " + name + "}}) is not supported");
        }

        @Override
        public boolean visitBlock(String name) {
            if (builtIn) {
                return true;
            }
            throw new IllegalArgumentException("blocks ({{$" + name + "}}) are not supported");
        }

        @Override
        public boolean visitSection(String name) {
            check(name);
            return true;
        }

        @Override
        public boolean visitInvertedSection(String name) {
            check(name);
            return true;
        }

        private void check(String name) {
            if (!name.equals(".") && !TemplateValues.NAMES.contains(name)) {
                Matcher tag = Pattern.compile("\\{\\{[{&#^/]?\\s*" + Pattern.quote(name) + "\\s*}").matcher(source);
                throw unknown(name, tag.find() ? line(tag.start()) : 0);
            }
        }

        private int line(int offset) {
            return offset < 0 ? 0 : (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        }
    }
}
