package dev.partnerprogram.dashboard;

import java.util.Map;
import java.util.TreeMap;

/**
 * Durations as the rollups keep them: per log-scale bucket ({@link ProcessRollups#bucket}) how many and their total,
 * summed over any number of days. Percentiles are taken as the database's {@code percentile_cont} takes them — linear
 * interpolation between the two nearest ranks — with each duration replaced by the mean of its bucket. A duration and
 * its bucket's mean lie in the same bucket, within a factor 2^(1/8) of each other, and interpolation keeps that: the
 * estimate is within 9.1% of the exact percentile (durations under a second: within a second). It is exact where each
 * bucket holds durations of one length.
 */
public final class DurationHistogram {
    private final Map<Integer, long[]> buckets = new TreeMap<>();
    private long count;

    public void add(int bucket, long occurrences, long durationMs) {
        long[] sums = buckets.computeIfAbsent(bucket, b -> new long[2]);
        sums[0] += occurrences;
        sums[1] += durationMs;
        count += occurrences;
    }

    public long count() {
        return count;
    }

    /** The {@code fraction} (0.5 for the median) percentile in milliseconds, or null for no durations. */
    public Double percentile(double fraction) {
        if (count == 0) {
            return null;
        }
        double rank = fraction * (count - 1);
        long lower = (long) Math.floor(rank);
        double low = valueAt(lower);
        return lower + 1 >= count ? low : low + (rank - lower) * (valueAt(lower + 1) - low);
    }

    /** The duration at a rank (0 the shortest), as the mean of the bucket it falls in. */
    private double valueAt(long rank) {
        long seen = 0;
        for (long[] sums : buckets.values()) {
            seen += sums[0];
            if (rank < seen) {
                return (double) sums[1] / sums[0];
            }
        }
        throw new IllegalArgumentException("rank " + rank + " of " + count);
    }
}
