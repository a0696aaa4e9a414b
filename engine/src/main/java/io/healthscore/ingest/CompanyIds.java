package io.healthscore.ingest;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Numbers the company ids of one ingest, shared by its reading threads, so each id is held once. */
final class CompanyIds {
    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int of(String company) {
        Integer id = ids.get(company);
        return id != null ? id : ids.computeIfAbsent(company, ignored -> next.getAndIncrement());
    }

    int size() {
        return next.get();
    }

    /** Each id by its number. */
    String[] byNumber() {
        String[] names = new String[next.get()];
        ids.forEach((name, number) -> names[number] = name);
        return names;
    }
}
