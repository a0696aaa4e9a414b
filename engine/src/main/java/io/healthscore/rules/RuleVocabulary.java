package io.healthscore.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rule files may name: the engine's rule vocabulary and the JDK's value types. Rules are code (DRL can call
 * Java), so everything that reaches the process, files, the network, threads or reflection is refused.
 */
final class RuleVocabulary {
    /** Shown in policy errors: what an import may name. */
    static final String ACCEPTED_IMPORTS = "io.healthscore.rules.facts.*, io.healthscore.assessment.Band,"
            + " io.healthscore.assessment.Previous, java.math.{BigDecimal, BigInteger, RoundingMode, MathContext},"
            + " java.time.{LocalDate, YearMonth, Year, Month, DayOfWeek, Period, Duration},"
            + " java.time.temporal.ChronoUnit, java.util.{List, Set, Map, Collection, Objects, Optional}"
            + " and java.lang value types";

    private static final Set<String> ALLOWED = Set.of(
            "io.healthscore.assessment.Band", "io.healthscore.assessment.Previous",
            "java.math.BigDecimal", "java.math.BigInteger", "java.math.RoundingMode", "java.math.MathContext",
            "java.time.LocalDate", "java.time.YearMonth", "java.time.Year", "java.time.Month", "java.time.DayOfWeek",
            "java.time.Period", "java.time.Duration", "java.time.temporal.ChronoUnit",
            "java.util.List", "java.util.Set", "java.util.Map", "java.util.Collection", "java.util.Objects",
            "java.util.Optional");

    /** What a consequence may call on its knowledge helper ({@code drools} or {@code kcontext}); nothing else. */
    static final List<String> HELPER_MEMBERS = List.of("insert", "insertLogical", "update", "delete",
            "retract");

    private static final String FACTS = "io.healthscore.rules.facts.";

    /** Names refused wherever they appear in code, with what they would reach. */
    private static final Map<String, String> REFUSED = refused();

    private RuleVocabulary() {
    }

    /** Whether an import (or a global's type, or a qualified name in code) names an allowed type. */
    static boolean allowsType(String qualifiedName) {
        String name = qualifiedName.trim();
        if (name.startsWith(FACTS)) {
            return !name.substring(FACTS.length()).contains(".") || name.endsWith(".*");
        }
        if (name.startsWith("java.lang.") && name.indexOf('.', "java.lang.".length()) < 0) {
            return !REFUSED.containsKey(name.substring("java.lang.".length()));
        }
        return ALLOWED.contains(name);
    }

    /** What a refused name would reach ("the process", "files", ...), or null when the name is not refused. */
    static String reach(String simpleName) {
        return REFUSED.get(simpleName);
    }

    static Set<String> refusedNames() {
        return REFUSED.keySet();
    }

    private static Map<String, String> refused() {
        Map<String, String> refused = new java.util.HashMap<>();
        put(refused, "the process", "System", "Runtime", "Process", "ProcessBuilder", "ProcessHandle",
                "SecurityManager", "StackWalker", "Module", "ModuleLayer");
        put(refused, "threads", "Thread", "ThreadGroup", "ThreadLocal", "InheritableThreadLocal", "Executors",
                "ExecutorService", "ForkJoinPool", "CompletableFuture", "Timer");
        put(refused, "files", "File", "Files", "Path", "Paths", "FileSystem", "FileSystems", "FileInputStream",
                "FileOutputStream", "FileReader", "FileWriter", "RandomAccessFile", "ObjectInputStream",
                "ObjectOutputStream");
        put(refused, "the network", "Socket", "ServerSocket", "DatagramSocket", "URL", "URI", "URLConnection",
                "HttpURLConnection", "HttpClient", "InetAddress", "InitialContext");
        put(refused, "the session", "getKieRuntime", "getKnowledgeRuntime", "getKieBase", "getKnowledgeBase",
                "getWorkingMemory", "getEntryPoint", "getEntryPoints", "getChannels", "halt", "getKieSession",
                "getRuleUnit");
        put(refused, "reflection", "Class", "ClassLoader", "MethodHandles", "MethodHandle", "Unsafe", "Proxy",
                "ScriptEngineManager", "forName", "getClass", "getClassLoader", "loadClass", "defineClass",
                "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields",
                "getDeclaredField", "getDeclaredFields", "getConstructor", "getDeclaredConstructor", "newInstance",
                "setAccessible");
        return Map.copyOf(refused);
    }

    private static void put(Map<String, String> refused, String reach, String... names) {
        for (String name : names) {
            refused.put(name, reach);
        }
    }
}
