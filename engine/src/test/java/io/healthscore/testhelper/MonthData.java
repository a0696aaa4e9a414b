package io.healthscore.testhelper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Generated weekly metrics for a month: every week whose Sunday falls in it, for {@code companies} companies
 * named {@code c00000}, {@code c00001}, ..., with scores spread over every band and NPS missing for some.
 */
public final class MonthData {
    private MonthData() {
    }

    public static Path write(Path file, YearMonth month, int companies) throws IOException {
        LocalDate sunday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int company = 0; company < companies; company++) {
                for (LocalDate week = sunday; YearMonth.from(week).equals(month); week = week.plusWeeks(1)) {
                    int seed = company * 31 + week.getDayOfMonth();
                    out.write("{\"company\": \"c%05d\", \"week\": \"%s\", \"login\": %d, \"adoption\": %d%s}%n".formatted(
                            company, week.minusDays(6), seed % 101, (company * 53) % 101,
                            company % 3 == 0 ? "" : ", \"nps\": " + ((company * 7) % 201 - 100)));
                }
            }
        }
        return file;
    }

}
