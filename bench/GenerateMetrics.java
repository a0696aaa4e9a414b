import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes N companies x WEEKS weekly metrics records for benchmarks, in the contract's input format: JSON Lines,
 * or CSV when OUT_FILE ends in {@code .csv}. Run as a single-file program, JDK only:
 *
 * <pre>java bench/GenerateMetrics.java N WEEKS OUT_FILE [--order week|company] [--seed S]</pre>
 *
 * Company ids are {@code c0000001} upwards; weeks are consecutive Mondays from 2026-08-31, so 9 weeks are
 * September 2026 (4 weeks) and October 2026 (5 weeks). Every company has a stable level of login and adoption
 * with weekly noise, so most keep their band from one month to the next and some near a boundary change it;
 * NPS is present in about 30% of the weeks. The same arguments always give the same file.
 * {@code --order week} (the default) writes all companies of a week before the next week, as a weekly upstream
 * export would; {@code --order company} writes each company's weeks together.
 */
public final class GenerateMetrics {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 8, 31);
    private static final double NPS_SHARE = 0.30;
    private static final int NOISE_HUNDREDTHS = 1_500;

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java bench/GenerateMetrics.java N WEEKS OUT_FILE [--order week|company] [--seed S]");
            System.exit(2);
        }
        int companies = Integer.parseInt(args[0]);
        int weeks = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        boolean byWeek = true;
        long seed = 20260831L;
        for (int index = 3; index + 1 < args.length; index += 2) {
            switch (args[index]) {
                case "--order" -> byWeek = !"company".equals(args[index + 1]);
                case "--seed" -> seed = Long.parseLong(args[index + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[index]
                        + "; accepted: --order week|company, --seed S");
            }
        }
        if (companies < 1 || companies > 9_999_999 || weeks < 1) {
            throw new IllegalArgumentException("N must be 1 to 9,999,999 and WEEKS at least 1");
        }
        boolean csv = out.getFileName().toString().endsWith(".csv");
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String[] mondays = new String[weeks];
        for (int week = 0; week < weeks; week++) {
            mondays[week] = FIRST_MONDAY.plusWeeks(week).toString();
        }
        long started = System.nanoTime();
        try (BufferedWriter writer = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 20)) {
            Record record = new Record(csv);
            if (csv) {
                writer.write("company,week,login,adoption,nps\n");
            }
            if (byWeek) {
                for (int week = 0; week < weeks; week++) {
                    for (int company = 1; company <= companies; company++) {
                        record.write(writer, company, mondays[week], values(seed, company, week));
                    }
                }
            } else {
                for (int company = 1; company <= companies; company++) {
                    for (int week = 0; week < weeks; week++) {
                        record.write(writer, company, mondays[week], values(seed, company, week));
                    }
                }
            }
        }
        System.err.printf("wrote %,d records (%,d companies x %d weeks) to %s in %.1f s%n",
                (long) companies * weeks, companies, weeks, out, (System.nanoTime() - started) / 1e9);
    }

    /** login and adoption in hundredths (0..10000) and nps (-100..100, or Integer.MIN_VALUE for none). */
    private static int[] values(long seed, int company, int week) {
        SplittableRandom level = new SplittableRandom(seed * 31 + company);
        int baseLogin = level.nextInt(10_001);
        int baseAdoption = level.nextInt(10_001);
        int baseNps = level.nextInt(-100, 101);
        SplittableRandom weekly = new SplittableRandom((seed * 31 + company) * 1_000_003L + week);
        int login = clamp(baseLogin + weekly.nextInt(-NOISE_HUNDREDTHS, NOISE_HUNDREDTHS + 1), 0, 10_000);
        int adoption = clamp(baseAdoption + weekly.nextInt(-NOISE_HUNDREDTHS, NOISE_HUNDREDTHS + 1), 0, 10_000);
        int nps = weekly.nextDouble() < NPS_SHARE ? clamp(baseNps + weekly.nextInt(-20, 21), -100, 100)
                : Integer.MIN_VALUE;
        return new int[] {login, adoption, nps};
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }

    /** Formats one record without String.format: the generator must not be the slow part of a benchmark. */
    private static final class Record {
        private final boolean csv;
        private final StringBuilder line = new StringBuilder(96);

        Record(boolean csv) {
            this.csv = csv;
        }

        void write(BufferedWriter writer, int company, String monday, int[] values) throws IOException {
            line.setLength(0);
            String id = Integer.toString(company);
            if (csv) {
                line.append('c').append("0000000", id.length(), 7).append(id).append(',').append(monday).append(',');
                hundredths(values[0]).append(',');
                hundredths(values[1]).append(',');
                if (values[2] != Integer.MIN_VALUE) {
                    line.append(values[2]);
                }
            } else {
                line.append("{\"company\": \"c").append("0000000", id.length(), 7).append(id)
                        .append("\", \"week\": \"").append(monday).append("\", \"login\": ");
                hundredths(values[0]).append(", \"adoption\": ");
                hundredths(values[1]);
                if (values[2] != Integer.MIN_VALUE) {
                    line.append(", \"nps\": ").append(values[2]);
                }
                line.append('}');
            }
            line.append('\n');
            writer.append(line);
        }

        /** 8250 as 82.5, 8200 as 82, 8255 as 82.55. */
        private StringBuilder hundredths(int value) {
            line.append(value / 100);
            int fraction = value % 100;
            if (fraction != 0) {
                line.append('.').append(fraction / 10);
                if (fraction % 10 != 0) {
                    line.append(fraction % 10);
                }
            }
            return line;
        }
    }
}
