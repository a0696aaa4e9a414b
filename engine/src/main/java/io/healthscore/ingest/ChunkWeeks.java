package io.healthscore.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The valid records of one chunk of a metrics file, in line order, as columns of ints: 20 bytes a record instead of
 * a few hundred as objects, so that a 9-million-record file is sorted into company-months in memory. Companies and
 * weeks are numbered ({@link CompanyIds} for the whole ingest, {@link #weeks} within the chunk). Not thread-safe: one
 * reading thread.
 */
final class ChunkWeeks implements MetricsSink {
    /** Percentages and NPS at scale 6 are at most 100,000,000 in size: an int holds them exactly. */
    static final int NO_NPS = Integer.MIN_VALUE;

    private final CompanyIds companyIds;
    private final Map<Long, Integer> weekIds = new HashMap<>();
    final List<LocalDate> weeks = new ArrayList<>();
    int size;
    int[] company;
    int[] week;
    int[] login;
    int[] adoption;
    int[] nps;

    ChunkWeeks(CompanyIds companyIds, int capacity) {
        this.companyIds = companyIds;
        int length = Math.max(16, capacity);
        company = new int[length];
        week = new int[length];
        login = new int[length];
        adoption = new int[length];
        nps = new int[length];
    }

    @Override
    public void week(String companyId, long epochDay, long loginValue, long adoptionValue, long npsValue, long line) {
        if (size == company.length) {
            grow();
        }
        company[size] = companyIds.of(companyId);
        week[size] = weekIds.computeIfAbsent(epochDay, day -> {
            weeks.add(LocalDate.ofEpochDay(day));
            return weeks.size() - 1;
        });
        login[size] = Math.toIntExact(loginValue);
        adoption[size] = Math.toIntExact(adoptionValue);
        nps[size] = npsValue == MetricsSink.NO_NPS ? NO_NPS : Math.toIntExact(npsValue);
        size++;
    }

    YearMonth month(int record) {
        return YearMonth.from(weeks.get(week[record]).plusDays(6));
    }

    private void grow() {
        int length = company.length + company.length / 2 + 16;
        company = Arrays.copyOf(company, length);
        week = Arrays.copyOf(week, length);
        login = Arrays.copyOf(login, length);
        adoption = Arrays.copyOf(adoption, length);
        nps = Arrays.copyOf(nps, length);
    }
}
