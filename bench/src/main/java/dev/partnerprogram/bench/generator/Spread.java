package dev.partnerprogram.bench.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Moments for a process's finished instances across the partners that could have had them: each partner has a
 * window (from its joining, say, to the latest start that still ends before the data set's now), and gets instances
 * in proportion to its length, so long-standing partners have more history, as in life.
 */
final class Spread {

    record Pick(PlannedPartner partner, long at) {}

    /** A moment with the time it has before the partner's next one (or its window's end). */
    record Slot(PlannedPartner partner, long at, long limit) {}

    private Spread() {}

    /** {@code n} picks, by partner (in the given order) and time, each uniform in the partner's window. */
    static List<Pick> over(GenerationContext context, List<PlannedPartner> partners, ToLongFunction<PlannedPartner> from,
                           ToLongFunction<PlannedPartner> to, int n) {
        if (n == 0) {
            return List.of();
        }
        long[] cumulative = new long[partners.size()];
        long total = 0;
        for (int i = 0; i < partners.size(); i++) {
            total += Math.max(0, to.applyAsLong(partners.get(i)) - from.applyAsLong(partners.get(i)));
            cumulative[i] = total;
        }
        if (total == 0) {
            throw new IllegalStateException("No partner has had time for " + n + " finished instances: raise the partner count");
        }
        List<long[]> picks = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            long pick = context.random().nextLong(total);
            int index = firstAbove(cumulative, pick);
            long start = cumulative[index] - (to.applyAsLong(partners.get(index)) - from.applyAsLong(partners.get(index)));
            picks.add(new long[] {index, from.applyAsLong(partners.get(index)) + (pick - start)});
        }
        picks.sort(Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
        return picks.stream().map(p -> new Pick(partners.get((int) p[0]), p[1])).toList();
    }

    /**
     * Like {@link #over}, but each partner's picks one after another without overlap: its window is cut into equal
     * slots, one per pick, each starting somewhere in its first tenth. For things a partner has one at a time.
     */
    static List<Slot> slotted(GenerationContext context, List<PlannedPartner> partners, ToLongFunction<PlannedPartner> from,
                              ToLongFunction<PlannedPartner> to, int n) {
        List<Pick> picks = over(context, partners, from, to, n);
        List<Slot> result = new ArrayList<>(n);
        for (int i = 0; i < picks.size(); ) {
            PlannedPartner partner = picks.get(i).partner();
            int k = 0;
            while (i + k < picks.size() && picks.get(i + k).partner() == partner) {
                k++;
            }
            long start = from.applyAsLong(partner);
            long slot = (to.applyAsLong(partner) - start) / k;
            for (int j = 0; j < k; j++) {
                long slotStart = start + j * slot;
                result.add(new Slot(partner, slotStart + context.between(0, slot / 10), slotStart + slot));
            }
            i += k;
        }
        return result;
    }

    /** The first index whose running total passes {@code value}: never a partner without a window. */
    private static int firstAbove(long[] cumulative, long value) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > value) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
