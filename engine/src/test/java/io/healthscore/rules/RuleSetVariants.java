package io.healthscore.rules;

import io.healthscore.testhelper.RulesFolder;
import java.nio.file.Path;

/** Real rule sets with distinct hashes: the repository's rules, each compiled with a different comment added. */
final class RuleSetVariants {
    private final RulesFolder rules;
    private final RuleCompiler compiler = new RuleCompiler(1);
    private int made;

    RuleSetVariants(Path folder) {
        this.rules = RulesFolder.copyOfRepoRules(folder);
    }

    RuleSet next() {
        made++;
        rules.write("99-variant.drl", "// variant " + made + "\n");
        return compiler.compile(rules.path());
    }

    /** The rules of the last {@link #next()} compiled again: an equal hash in another set. */
    RuleSet again() {
        return compiler.compile(rules.path());
    }
}
