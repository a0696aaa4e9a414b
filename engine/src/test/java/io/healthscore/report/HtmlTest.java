package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void should_escape_markup_and_ampersands_when_text_goes_into_html() {
        assertThat(Html.escape("<script>alert('x')</script> & \"more\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;");
    }

    @Test
    void should_escape_the_ampersand_when_the_text_looks_like_an_entity() {
        assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
    }

    @Test
    void should_write_nothing_when_the_text_is_null() {
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape("Zürich – ünïcode")).isEqualTo("Zürich – ünïcode");
    }
}
