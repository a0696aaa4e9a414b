package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.EffectiveBand;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text people wrote (notes, names, authors) goes into the report's HTML escaped, in content and attributes. */
class ReportHtmlEscapingTest {

    @Test
    void should_escape_markup_and_ampersands_when_text_goes_into_html() {
        assertThat(withNote("<script>alert('x')</script> & \"more\"")).contains("<span class=\"note\">"
                + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;</span>");
    }

    @Test
    void should_escape_the_ampersand_when_the_text_looks_like_an_entity() {
        assertThat(withNote("&amp;")).contains("<span class=\"note\">&amp;amp;</span>");
    }

    @Test
    void should_write_nothing_when_the_text_is_null() {
        assertThat(withNote(null)).contains("<span class=\"note\"></span>");
        assertThat(withNote("Zürich – ünïcode")).contains("<span class=\"note\">Zürich – ünïcode</span>");
    }

    @Test
    void should_escape_quotes_when_the_text_goes_into_an_attribute() {
        PortfolioReport known = KnownReport.report();
        String html = ReportHtml.render(new PortfolioReport(known.month(), known.generatedAt(), List.of("\"><b>'&"),
                known.distribution(), known.target(), List.of(), List.of(), 15, List.of(), List.of(), List.of(),
                known.happiness(), known.trend()));

        assertThat(html).contains("<code title=\"&quot;&gt;&lt;b&gt;&#39;&amp;\">").doesNotContain("<b>");
    }

    private static String withNote(String note) {
        PortfolioReport known = KnownReport.report();
        ManualChange change = new ManualChange(Instant.parse("2026-10-02T08:00:00Z"), "acme", known.month(), "override",
                "dana", note, EffectiveBand.STEADY, EffectiveBand.AT_RISK);
        return ReportHtml.render(new PortfolioReport(known.month(), known.generatedAt(), known.rulesHashes(),
                known.distribution(), known.target(), List.of(), List.of(), 15, List.of(), List.of(), List.of(change),
                known.happiness(), known.trend()));
    }
}
