package io.healthscore;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ point at each other with relative links: every such link names a file that exists, and a
 * {@code #section} names a heading of that file (as GitHub makes its anchors).
 */
class DocsLinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern FENCED = Pattern.compile("^```.*?^```", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} +(.+?) *$", Pattern.MULTILINE);

    @Test
    void should_resolve_every_relative_link_when_the_docs_are_read() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            for (String target : links(Files.readString(page))) {
                String problem = problem(page, target);
                if (problem != null) {
                    broken.add(Repo.root().relativize(page) + ": " + target + ": " + problem);
                }
            }
        }

        assertThat(broken).as("links that lead nowhere").isEmpty();
    }

    @Test
    void should_link_every_page_of_docs_when_the_readme_is_read() throws IOException {
        List<String> linked = links(Files.readString(Repo.root().resolve("README.md")));

        try (Stream<Path> docs = Files.list(Repo.root().resolve("docs"))) {
            assertThat(docs.map(Path::getFileName).map(Path::toString).filter(name -> name.endsWith(".md")))
                    .isNotEmpty()
                    .allSatisfy(name -> assertThat(linked).as("README links").contains("docs/" + name));
        }
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Repo.root().resolve("README.md"), Repo.rules().resolve("README.md"),
                Repo.samples().resolve("README.md")));
        try (Stream<Path> docs = Files.list(Repo.root().resolve("docs"))) {
            docs.filter(page -> page.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The link targets of a page, leaving out code, where brackets are text. */
    private static List<String> links(String markdown) {
        String prose = INLINE_CODE.matcher(FENCED.matcher(markdown).replaceAll("")).replaceAll("");
        List<String> targets = new ArrayList<>();
        Matcher link = LINK.matcher(prose);
        while (link.find()) {
            targets.add(link.group(1));
        }
        return targets;
    }

    /** Why a link from this page leads nowhere, or null when it leads somewhere. */
    private static String problem(Path page, String target) throws IOException {
        if (target.matches("[a-z]+:.*")) {
            return null;
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path linked = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(linked)) {
            return "no such file";
        }
        if (hash < 0) {
            return null;
        }
        String anchor = target.substring(hash + 1);
        return anchors(Files.readString(linked)).contains(anchor) ? null : "no heading with this anchor";
    }

    private static List<String> anchors(String markdown) {
        List<String> anchors = new ArrayList<>();
        Matcher heading = HEADING.matcher(FENCED.matcher(markdown).replaceAll(""));
        while (heading.find()) {
            anchors.add(heading.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
                    .replace(' ', '-'));
        }
        return anchors;
    }
}
