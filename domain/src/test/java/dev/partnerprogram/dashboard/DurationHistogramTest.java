package dev.partnerprogram.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DurationHistogramTest {
    private static final long HOUR = 3_600_000L;

    @Test
    void distinctDurationsInTheirOwnBuckets_giveTheExactPercentiles() {
        DurationHistogram histogram = new DurationHistogram();
        for (long h = 1; h <= 10; h++) {
            histogram.add(ProcessRollups.bucket(h * HOUR), 1, h * HOUR);
        }
        assertThat(histogram.percentile(0.5)).isCloseTo(5.5 * HOUR, within(1.0));
        assertThat(histogram.percentile(0.9)).isCloseTo(9.1 * HOUR, within(1.0));
        assertThat(histogram.percentile(1.0)).isCloseTo(10.0 * HOUR, within(1.0));
        assertThat(new DurationHistogram().percentile(0.5)).isNull();
    }

    @Test
    void anyDurations_percentilesWithinTheStatedBound() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            long[] durations = new long[1 + random.nextInt(500)];
            DurationHistogram histogram = new DurationHistogram();
            for (int i = 0; i < durations.length; i++) {
                durations[i] = 1000 + (long) Math.exp(random.nextDouble() * 20);
                histogram.add(ProcessRollups.bucket(durations[i]), 1, durations[i]);
            }
            Arrays.sort(durations);
            for (double p : new double[] {0.1, 0.5, 0.9, 0.99}) {
                double rank = p * (durations.length - 1);
                int lower = (int) Math.floor(rank);
                double exact = lower + 1 >= durations.length ? durations[lower]
                        : durations[lower] + (rank - lower) * (durations[lower + 1] - durations[lower]);
                assertThat(histogram.percentile(p) / exact).as("p%s of %s", p, durations.length).isBetween(1 / 1.0906, 1.0906);
            }
        }
    }

    @Test
    void buckets_eightPerDoublingFromOneSecond() {
        assertThat(ProcessRollups.bucket(0)).isZero();
        assertThat(ProcessRollups.bucket(999)).isZero();
        assertThat(ProcessRollups.bucket(2000)).isEqualTo(8);
        assertThat(ProcessRollups.bucket(1999)).isEqualTo(7);
        assertThat(ProcessRollups.bucket(4000)).isEqualTo(16);
        assertThat(ProcessRollups.bucket(HOUR)).isEqualTo((int) Math.floor(8 * Math.log(3600) / Math.log(2)));
    }
}
