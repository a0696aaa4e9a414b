package io.healthscore.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.RulesFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rules folder's segment folders: how they compile, what they replace, and how a company's set is resolved. */
class SegmentRuleSetsTest {
    private static final String ENTERPRISE_BANDS_NOTE = "// enterprise\n";

    @TempDir
    Path folder;

    @Test
    void should_hash_a_folder_without_segments_exactly_as_its_base_set() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));

        try (RuleSet set = new RuleCompiler(1).compile(rules.path())) {
            assertThat(set.segments()).isEmpty();
            assertThat(set.hash()).isEqualTo(set.base().hash()).isEqualTo(RuleCompiler.hash(rules.path()));
            assertThat(set.forSegment("enterprise")).isSameAs(set.base());
            assertThat(set.forSegment(null)).isSameAs(set.base());
        }
    }

    @Test
    void should_score_a_segment_with_the_base_files_and_its_own_replacing_those_of_the_same_name() throws IOException {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
        Path enterprise = Files.createDirectories(rules.path().resolve("segments/enterprise"));
        Files.writeString(enterprise.resolve("30-bands.drl"), ENTERPRISE_BANDS_NOTE + rules.read("30-bands.drl")
                .replace("score >= 76", "score >= 80").replace("score >= 51, score <= 75", "score >= 51, score <= 79"));
        Files.writeString(enterprise.resolve("50-extra.drl"), """
                package healthscore.rules;
                import io.healthscore.rules.facts.Trigger;
                import io.healthscore.rules.facts.Customer;
                rule "enterprise: a quarterly review"
                    salience 60
                when
                    Customer( )
                then
                    insert(new Trigger("quarterly-review"));
                end
                """);

        try (RuleSet set = new RuleCompiler(1).compile(rules.path())) {
            ScoringSet segment = set.forSegment("enterprise");
            assertThat(segment.name()).isEqualTo("enterprise");
            assertThat(segment.files()).containsExactly("10-weekly-score.drl", "20-monthly-score.drl",
                    "segments/enterprise/30-bands.drl", "40-triggers.drl", "segments/enterprise/50-extra.drl");
            assertThat(segment.sources().get("segments/enterprise/30-bands.drl")).startsWith(ENTERPRISE_BANDS_NOTE);
            assertThat(segment.hash()).isNotEqualTo(set.base().hash());
            assertThat(set.hash()).isNotEqualTo(set.base().hash()).isEqualTo(RuleCompiler.hash(rules.path()));
            assertThat(set.forSegment("Enterprise")).as("segment ids match exactly").isSameAs(set.base());
            assertThat(set.forSegment("smb")).isSameAs(set.base());
            assertThat(set.triggerNames()).contains("quarterly-review", "outreach-email");
            assertThat(set.files()).contains("segments/enterprise/50-extra.drl", "30-bands.drl");
        }
    }

    @Test
    void should_refuse_a_segment_folder_whose_name_is_not_a_segment_id() throws IOException {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
        Path odd = Files.createDirectories(rules.path().resolve("segments/mid market"));
        Files.writeString(odd.resolve("30-bands.drl"), rules.read("30-bands.drl"));

        RuleCheck check = new RuleCompiler(1).check(rules.path());

        assertThat(check.compiles()).isFalse();
        assertThat(check.errors()).singleElement().asString()
                .contains("segments/mid market:0: segment folder 'mid market' is not a valid segment id")
                .contains("accepted: 1-100 characters of A-Z a-z 0-9 . _ -");
    }

    @Test
    void should_report_a_segment_file_that_does_not_compile_at_its_own_path() throws IOException {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
        Path enterprise = Files.createDirectories(rules.path().resolve("segments/enterprise"));
        Files.writeString(enterprise.resolve("50-broken.drl"), """
                package healthscore.rules;
                rule "a fact type nobody defines"
                    salience 60
                when
                    NoSuchFact( value > 1 )
                then
                end
                """);

        RuleCheck check = new RuleCompiler(1).check(rules.path());

        assertThat(check.compiles()).isFalse();
        assertThat(check.errors()).singleElement().asString()
                .startsWith(enterprise.resolve("50-broken.drl") + ":5:").contains("NoSuchFact");
    }

    @Test
    void should_ignore_a_symbolic_link_for_a_segment_folder() throws IOException {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("30-bands.drl"), "this is not DRL");
        Files.createDirectories(rules.path().resolve("segments"));
        Files.createSymbolicLink(rules.path().resolve("segments/enterprise"), elsewhere);

        try (RuleSet set = new RuleCompiler(1).compile(rules.path())) {
            assertThat(set.segments()).isEmpty();
        }
    }
}
