package io.healthscore.ingest;

import io.healthscore.store.MonthWeeks;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;

/**
 * Collects the valid records of an ingest, one {@link ChunkWeeks} per reading thread, and hands them to the store
 * sorted into company-months: the weeks of a month-ordered or week-ordered file alike become one row per company
 * and month. Of two records of the same company and week the later one wins: chunks are in file order and records
 * in line order within a chunk. Holds at most {@link #CAPACITY} records before the ingest must store them.
 */
final class WeekBuffer {
    /** Records one buffer holds: the sort key numbers a record in 24 bits. */
    static final int CAPACITY = (1 << 24) - 1;
    private static final int COMPANY_SHIFT = 24;
    private static final int MONTH_SHIFT = 48;
    private static final long LOW_24 = (1L << 24) - 1;

    private final CompanyIds companyIds = new CompanyIds();
    private final List<ChunkWeeks> chunks = new ArrayList<>();

    /** The sink of the next chunk, in file order; {@code capacity} is a guess of its records. */
    synchronized ChunkWeeks chunk(int capacity) {
        ChunkWeeks chunk = new ChunkWeeks(companyIds, capacity);
        chunks.add(chunk);
        return chunk;
    }

    long size() {
        return chunks.stream().mapToLong(chunk -> chunk.size).sum();
    }

    /** The records sorted into company-months, and the companies they name (sorted). */
    Grouped group() {
        if (size() > CAPACITY) {
            throw new IllegalStateException("a week buffer holds at most " + CAPACITY + " records, got " + size());
        }
        String[] names = companyIds.byNumber();
        Integer[] byName = new Integer[names.length];
        Arrays.setAll(byName, index -> index);
        Arrays.sort(byName, (left, right) -> names[left].compareTo(names[right]));
        int[] rank = new int[names.length];
        List<String> sorted = new ArrayList<>(names.length);
        for (int position = 0; position < byName.length; position++) {
            rank[byName[position]] = position;
            sorted.add(names[byName[position]]);
        }
        List<String> months = months();
        long[] keys = keys(rank, months);
        Arrays.parallelSort(keys);
        return new Grouped(sorted, new Rows(keys, sorted, months));
    }

    private List<String> months() {
        TreeSet<String> months = new TreeSet<>();
        for (ChunkWeeks chunk : chunks) {
            chunk.weeks.forEach(week -> months.add(YearMonth.from(week.plusDays(6)).toString()));
        }
        if (months.size() >= 1 << 15) {
            throw new IllegalStateException("one ingest holds weeks of at most 32767 months, got " + months.size());
        }
        return List.copyOf(months);
    }

    private long[] keys(int[] rank, List<String> months) {
        long[] keys = new long[(int) size()];
        int at = 0;
        for (ChunkWeeks chunk : chunks) {
            long[] monthOfWeek = new long[chunk.weeks.size()];
            for (int week = 0; week < monthOfWeek.length; week++) {
                monthOfWeek[week] = months.indexOf(YearMonth.from(chunk.weeks.get(week).plusDays(6)).toString());
            }
            for (int record = 0; record < chunk.size; record++, at++) {
                keys[at] = monthOfWeek[chunk.week[record]] << MONTH_SHIFT
                        | (long) rank[chunk.company[record]] << COMPANY_SHIFT | at;
            }
        }
        return keys;
    }

    /** What a buffer hands the store. */
    record Grouped(List<String> companies, Iterator<MonthWeeks> rows) {
    }

    /** The company-month rows of the sorted keys, packed one at a time as the store asks for them. */
    private final class Rows implements Iterator<MonthWeeks> {
        private final long[] keys;
        private final List<String> companies;
        private final List<String> months;
        private final int[] starts;
        private final ChunkWeeks[] byStart;
        private int next;

        Rows(long[] keys, List<String> companies, List<String> months) {
            this.keys = keys;
            this.companies = companies;
            this.months = months;
            this.byStart = chunks.toArray(ChunkWeeks[]::new);
            this.starts = new int[byStart.length];
            for (int index = 1; index < byStart.length; index++) {
                starts[index] = starts[index - 1] + byStart[index - 1].size;
            }
        }

        @Override
        public boolean hasNext() {
            return next < keys.length;
        }

        @Override
        public MonthWeeks next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            long group = keys[next] >>> COMPANY_SHIFT;
            MonthWeeksBuilder row = new MonthWeeksBuilder();
            for (; next < keys.length && keys[next] >>> COMPANY_SHIFT == group; next++) {
                int record = (int) (keys[next] & LOW_24);
                int chunk = chunkOf(record);
                row.add(byStart[chunk], record - starts[chunk]);
            }
            return new MonthWeeks(months.get((int) (group >>> (MONTH_SHIFT - COMPANY_SHIFT))),
                    companies.get((int) (group & LOW_24)), row.packed());
        }

        private int chunkOf(int record) {
            int chunk = byStart.length - 1;
            while (starts[chunk] > record) {
                chunk--;
            }
            return chunk;
        }
    }
}
