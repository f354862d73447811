package org.ohchr.uprfund.recommendations.service;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

/** Where an import's time went, phase by phase, for the line it logs when it is done. */
final class ImportTimings {

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    <T> T time(String phase, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(phase, System.nanoTime() - started, Long::sum);
        }
    }

    void time(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public String toString() {
        StringJoiner phases = new StringJoiner(", ");
        nanos.forEach((phase, spent) -> phases.add(String.format(Locale.ROOT, "%s %.2f s", phase, spent / 1e9)));
        return phases.toString();
    }
}
