package io.healthscore.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The fact types the conditions of a set's rules match, by simple name: a fact no rule matches need not be inserted
 * (the engine leaves out {@code History} and {@code Coverage} for rules that read neither, as the default rules).
 */
final class PatternTypes {
    private PatternTypes() {
    }

    static Set<String> of(Collection<RuleFile> files) {
        Set<String> types = new HashSet<>();
        for (RuleFile file : files) {
            if (file.parsed() != null) {
                for (RuleDescr rule : file.parsed().getRules()) {
                    walk(rule.getLhs(), types);
                }
            }
        }
        return Set.copyOf(types);
    }

    private static void walk(BaseDescr descr, Set<String> types) {
        if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> walk((BaseDescr) child, types));
        }
        if (descr instanceof PatternDescr pattern) {
            String type = pattern.getObjectType();
            if (type != null) {
                types.add(type.substring(type.lastIndexOf('.') + 1));
            }
            if (pattern.getSource() != null) {
                walk(pattern.getSource(), types);
            }
        }
        if (descr instanceof AccumulateDescr accumulate && accumulate.getInput() != null) {
            walk(accumulate.getInput(), types);
        }
        if (descr instanceof CollectDescr collect && collect.getInputPattern() != null) {
            walk(collect.getInputPattern(), types);
        }
    }
}
