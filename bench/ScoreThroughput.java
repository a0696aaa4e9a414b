import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.RuleCompiler;
import io.healthscore.rules.RuleSet;
import io.healthscore.scoring.Scorer;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The scoring step alone, without the store: compiles rules/, builds N in-memory company-months of
 * October 2026 (5 weeks, NPS in ~30% of them, a previous assessment for most) and scores them with the
 * engine's Scorer on T threads, after one warm-up pass. Prints wall and CPU time per company. Run from
 * the repository root after a build:
 *
 * <pre>java -cp 'engine/target/healthscore.jar:engine/target/lib/*' bench/ScoreThroughput.java [N] [T] [RULES]</pre>
 */
public final class ScoreThroughput {
    public static void main(String[] args) throws Exception {
        int companies = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Path rules = Path.of(args.length > 2 ? args[2] : "rules");
        long compileStart = System.nanoTime();
        RuleSet ruleSet = new RuleCompiler(threads + 1).compile(rules);
        System.out.printf("rules compiled in %.2f s%n", (System.nanoTime() - compileStart) / 1e9);
        Scorer scorer = new Scorer(ruleSet);
        List<CompanyMonth> inputs = inputs(companies);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int pass = 1; pass <= 3; pass++) {
            long cpuBefore = processCpuNanos();
            long started = System.nanoTime();
            List<Future<Long>> parts = new ArrayList<>();
            int size = (companies + threads - 1) / threads;
            for (int from = 0; from < companies; from += size) {
                List<CompanyMonth> part = inputs.subList(from, Math.min(companies, from + size));
                parts.add(pool.submit(() -> part.stream().map(scorer::score).filter(a -> a.band() != Band.NONE).count()));
            }
            long scored = 0;
            for (Future<Long> part : parts) {
                scored += part.get();
            }
            double wall = (System.nanoTime() - started) / 1e9;
            double cpu = (processCpuNanos() - cpuBefore) / 1e9;
            System.out.printf("pass %d: %,d companies on %d threads in %.2f s wall (%.1f us/company), %.2f s CPU"
                    + " (%.1f us CPU/company)%s%n", pass, scored, threads, wall, wall * 1e6 / companies, cpu,
                    cpu * 1e6 / companies, pass == 1 ? " [warm-up]" : "");
        }
        pool.shutdown();
        ruleSet.close();
    }

    private static List<CompanyMonth> inputs(int companies) {
        YearMonth month = YearMonth.of(2026, 10);
        LocalDate first = LocalDate.of(2026, 9, 28);
        Band[] bands = Band.values();
        List<CompanyMonth> inputs = new ArrayList<>(companies);
        for (int index = 1; index <= companies; index++) {
            SplittableRandom random = new SplittableRandom(index);
            CompanyId company = CompanyId.of(String.format("c%07d", index));
            List<WeeklyMetrics> weeks = new ArrayList<>(5);
            for (int week = 0; week < 5; week++) {
                BigDecimal nps = random.nextDouble() < 0.3 ? BigDecimal.valueOf(random.nextInt(-100, 101)) : null;
                weeks.add(new WeeklyMetrics(company, first.plusWeeks(week), BigDecimal.valueOf(random.nextInt(10_001), 2),
                        BigDecimal.valueOf(random.nextInt(10_001), 2), nps));
            }
            Band previousBand = bands[random.nextInt(bands.length)];
            Previous previous = previousBand == Band.NONE ? Previous.NONE
                    : new Previous(previousBand, random.nextInt(0, 101));
            inputs.add(new CompanyMonth(company, null, month, weeks, previous));
        }
        return inputs;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
