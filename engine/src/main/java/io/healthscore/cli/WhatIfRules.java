package io.healthscore.cli;

import io.healthscore.rules.RuleCompiler;
import io.healthscore.rules.RuleError;
import io.healthscore.rules.RuleSet;
import io.healthscore.rules.RulesCompileException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two rule sets a what-if compares, compiled side by side while the store opens read-only. When either does
 * not compile, the user is told which one (candidate or in force) before the errors are reported.
 */
final class WhatIfRules implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WhatIfRules.class);

    private final RuleSet inForce;
    private final RuleSet candidate;

    private WhatIfRules(RuleSet inForce, RuleSet candidate) {
        this.inForce = inForce;
        this.candidate = candidate;
    }

    /** Compiles both rule sets and opens the workspace's store read-only; a rules error wins over a store error. */
    static WhatIfRules open(Workspace workspace, Path candidateFolder, PrintStream err) {
        ExecutorService compilers = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<RuleSet> candidate = CompletableFuture.supplyAsync(
                    () -> compileCandidate(candidateFolder, workspace.threads()), compilers);
            CompletableFuture<RuleSet> inForce = CompletableFuture.supplyAsync(workspace::rules, compilers);
            RuntimeException storeFailure = null;
            try {
                workspace.readOnlyStore();
            } catch (RuntimeException e) {
                storeFailure = e;
            }
            RuleSet compiled = failOnRules(candidate, inForce, candidateFolder, workspace.rulesFolder(), err);
            if (storeFailure != null) {
                compiled.close();
                throw storeFailure;
            }
            // the workspace owns and closes the rules in force
            return new WhatIfRules(inForce.join(), compiled);
        } finally {
            compilers.shutdown();
        }
    }

    RuleSet inForce() {
        return inForce;
    }

    RuleSet candidate() {
        return candidate;
    }

    @Override
    public void close() {
        candidate.close();
    }

    private static RuleSet compileCandidate(Path folder, int threads) {
        RuleSet rules = new RuleCompiler(threads + 1).compile(folder);
        LOG.info("candidate rules {} compiled from {} ({} files)", rules.shortHash(), folder, rules.files().size());
        return rules;
    }

    /** Waits for both; returns the candidate set, or throws every compile error of both after naming the side. */
    private static RuleSet failOnRules(CompletableFuture<RuleSet> candidate, CompletableFuture<RuleSet> inForce,
            Path candidateFolder, Path inForceFolder, PrintStream err) {
        RuntimeException candidateFailure = failure(candidate);
        RuntimeException inForceFailure = failure(inForce);
        if (candidateFailure == null && inForceFailure == null) {
            return candidate.join();
        }
        if (candidateFailure == null) {
            candidate.join().close();
        }
        List<RuleError> candidateErrors = errors(candidateFailure);
        List<RuleError> inForceErrors = errors(inForceFailure);
        if (candidateErrors.isEmpty() && inForceErrors.isEmpty()) {
            throw candidateFailure != null ? candidateFailure : inForceFailure;
        }
        String candidateRules = "the candidate rules (--rules " + candidateFolder + ")";
        String inForceRules = "the rules in force (" + inForceFolder + ")";
        err.println("healthscore: what-if: " + (candidateErrors.isEmpty() ? inForceRules + " do not compile:"
                : inForceErrors.isEmpty() ? candidateRules + " do not compile:"
                : "neither " + candidateRules + " nor " + inForceRules + " compile:"));
        List<RuleError> all = new ArrayList<>(candidateErrors);
        all.addAll(inForceErrors);
        throw new RulesCompileException(all);
    }

    private static List<RuleError> errors(RuntimeException failure) {
        return failure instanceof RulesCompileException compile ? compile.errors() : List.of();
    }

    private static RuntimeException failure(CompletableFuture<RuleSet> compiling) {
        try {
            compiling.join();
            return null;
        } catch (CompletionException e) {
            return e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
