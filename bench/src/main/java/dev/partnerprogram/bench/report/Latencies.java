package dev.partnerprogram.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Response times per named operation, kept whole (a run has thousands, not millions) so percentiles are exact. */
public final class Latencies {

    /** Percentiles of one operation, in milliseconds; {@code totalMillis} is the time spent in it altogether. */
    public record Summary(String name, int count, double p50, double p95, double p99, double max, double totalMillis) {}

    private final Map<String, List<Long>> samples = new ConcurrentHashMap<>();

    public void record(String name, long nanos) {
        List<Long> list = samples.computeIfAbsent(name, n -> new ArrayList<>());
        synchronized (list) {
            list.add(nanos);
        }
    }

    public List<Summary> summaries() {
        Map<String, Summary> result = new TreeMap<>();
        samples.forEach((name, list) -> {
            long[] values;
            synchronized (list) {
                values = list.stream().mapToLong(Long::longValue).toArray();
            }
            result.put(name, summarize(name, values));
        });
        return List.copyOf(result.values());
    }

    public Summary summary(String name) {
        List<Long> list = samples.getOrDefault(name, List.of());
        long[] values;
        synchronized (list) {
            values = list.stream().mapToLong(Long::longValue).toArray();
        }
        return summarize(name, values);
    }

    static Summary summarize(String name, long[] nanos) {
        if (nanos.length == 0) {
            return new Summary(name, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long total = 0;
        for (long n : sorted) {
            total += n;
        }
        return new Summary(name, sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
                millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]), millis(total));
    }

    /** Nearest-rank percentile. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
