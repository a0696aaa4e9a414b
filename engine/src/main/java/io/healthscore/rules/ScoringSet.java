package io.healthscore.rules;

import io.healthscore.rules.facts.MonthBand;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One compiled, immutable set of rule files that scores companies: the base set ({@value #BASE}), or a segment's
 * (the base files with the segment folder's added, a segment file replacing the base file of the same name), with
 * the hash of exactly the files it came from and what they declare. Thread-safe.
 */
public final class ScoringSet implements AutoCloseable {
    /** The name of the set that scores companies without a segment folder. */
    public static final String BASE = "base";

    private final String name;
    private final String hash;
    private final Map<String, String> sources;
    private final RuleCatalog catalog;
    private final RuleDeclarations declarations;
    private final Set<String> matched;
    private final KieSessionsPool pool;
    private final AtomicBoolean closed = new AtomicBoolean();

    ScoringSet(String name, String hash, Map<String, String> sources, RuleCatalog catalog, RuleDeclarations declarations,
            Set<String> matched, KieBase kieBase, int sessions) {
        this.name = name;
        this.hash = hash;
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.catalog = catalog;
        this.declarations = declarations;
        this.matched = Set.copyOf(matched);
        this.pool = kieBase.newKieSessionsPool(sessions);
    }

    /** {@value #BASE}, or the segment id whose folder added to the base files. */
    public String name() {
        return name;
    }

    /** The segment this set scores; null for the base set. */
    public String segment() {
        return BASE.equals(name) ? null : name;
    }

    /** What the rules declare: history depth, cooldowns. */
    public RuleDeclarations declarations() {
        return declarations;
    }

    /** Whether a condition of some rule matches facts of this type: a fact no rule matches need not be inserted. */
    public boolean matches(Class<?> factType) {
        return matched.contains(factType.getSimpleName());
    }

    /** SHA-256 over the names and contents of the rule files, in hex. */
    public String hash() {
        return hash;
    }

    public String shortHash() {
        return hash.substring(0, 12);
    }

    public List<String> files() {
        return List.copyOf(sources.keySet());
    }

    /** The text of each rule file, by file name, in compile order: exactly what was compiled. */
    public Map<String, String> sources() {
        return sources;
    }

    /** The trigger names the rules can emit: every {@code new Trigger("NAME")} written in them. */
    public Set<String> triggerNames() {
        return TriggerNames.in(sources.values());
    }

    /** Where each rule is written. */
    public RuleCatalog catalog() {
        return catalog;
    }

    /** Runs the rules once over the given facts, in a fresh stateless session. */
    public RuleOutcome evaluate(List<Object> facts) {
        StatelessKieSession session = pool.newStatelessKieSession();
        OutcomeCollector collector = new OutcomeCollector();
        session.addEventListener((RuleRuntimeEventListener) collector);
        session.addEventListener((AgendaEventListener) collector);
        return collect(collector, () -> session.execute(facts));
    }

    /**
     * Runs the rules over the facts with the month's band given rather than decided: {@code band} is inserted as a
     * fact and the rules that set the band in an evaluation of the same facts ({@code bandRules}) do not fire, so
     * every other rule (scores, triggers) acts as if they had set {@code band}.
     */
    public RuleOutcome evaluatePinned(List<Object> facts, MonthBand band, Collection<String> bandRules) {
        KieSession session = pool.newKieSession();
        OutcomeCollector collector = new OutcomeCollector();
        session.addEventListener((RuleRuntimeEventListener) collector);
        session.addEventListener((AgendaEventListener) collector);
        try {
            return collect(collector, () -> {
                facts.forEach(session::insert);
                session.insert(band);
                session.fireAllRules(match -> !bandRules.contains(match.getRule().getName()));
            });
        } finally {
            session.dispose();
        }
    }

    private static RuleOutcome collect(OutcomeCollector collector, Runnable execution) {
        try {
            execution.run();
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RuleFailureException("rule '" + e.getMatch().getRule().getName() + "' failed: " + cause, cause);
        } catch (RuntimeException e) {
            // Drools does not wrap what a condition throws (e.g. arithmetic on a null score)
            throw new RuleFailureException("a rule condition failed: " + e.getMessage(), e);
        }
        return collector.outcome();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            pool.shutdown();
        }
    }

    /** For tests of who closes a set when: {@link ActiveRules} must never close one that is leased. */
    boolean isClosed() {
        return closed.get();
    }
}
