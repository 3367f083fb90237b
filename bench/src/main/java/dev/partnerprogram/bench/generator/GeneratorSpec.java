package dev.partnerprogram.bench.generator;

import dev.partnerprogram.partner.PartnerStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * What to generate. The same seed, sizes and {@code now} give the same data set (engine ids aside).
 *
 * @param partners          partner companies, in the fixed {@link #STATUS_MIX}
 * @param finishedInstances finished root process instances, shared out among the process generators
 * @param openInstances     running root process instances waiting at exactly one user task each (so as many open
 *                          tasks), shared out likewise; partner applications waiting for the basic course, which wait
 *                          for a message and have no task, come on top, and so does each tier partner's agreement
 *                          process (an upload task once its renewal is open)
 * @param now               the moment the data set ends at: history lies before it, open tasks are due after it
 */
public record GeneratorSpec(long seed, int partners, int finishedInstances, int openInstances, Instant now) {

    /** Share of partners per status, in per mille: many companies register and never finish joining. */
    public static final Map<PartnerStatus, Integer> STATUS_MIX = Map.of(
            PartnerStatus.APPLICANT, 450, PartnerStatus.AUTHORIZED, 380, PartnerStatus.CERTIFIED, 120, PartnerStatus.GENERAL, 50);

    public GeneratorSpec {
        if (partners < 1 || finishedInstances < 0 || openInstances < 0) {
            throw new IllegalArgumentException("partners must be positive, instance counts not negative");
        }
        if (now == null) {
            throw new IllegalArgumentException("now is required");
        }
    }

    /** The default data set of a benchmark run. */
    public static GeneratorSpec standard(long seed) {
        return new GeneratorSpec(seed, 5_000, 20_000, 2_000, nowToTheSecond());
    }

    /** The sizes the benchmark issue names: 10,000 partners, 200,000 finished instances and 20,000 open tasks. */
    public static GeneratorSpec full(long seed) {
        return new GeneratorSpec(seed, 10_000, 200_000, 20_000, nowToTheSecond());
    }

    /**
     * The finished instances of {@code --size=large}: the full data set grown to a million, so that the same pages are
     * timed on 200,000 and on 1,000,000 in one run.
     */
    public static final int LARGE_FINISHED = 1_000_000;

    public static Instant nowToTheSecond() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Exactly how many partners get each status: the mix rounded down, the rest to applicants. */
    public Map<PartnerStatus, Integer> partnersByStatus() {
        return partnersByStatus(partners);
    }

    private static Map<PartnerStatus, Integer> partnersByStatus(int partners) {
        Map<PartnerStatus, Integer> result = new EnumMap<>(PartnerStatus.class);
        int assigned = 0;
        for (PartnerStatus status : PartnerStatus.values()) {
            if (status != PartnerStatus.APPLICANT) {
                int n = (int) ((long) partners * STATUS_MIX.get(status) / 1000);
                result.put(status, n);
                assigned += n;
            }
        }
        result.put(PartnerStatus.APPLICANT, partners - assigned);
        return result;
    }

    /** Partners holding a tier: each has exactly one approved join application, as far as finished instances allow. */
    public int tierPartners() {
        return partners - partnersByStatus().get(PartnerStatus.APPLICANT);
    }
}
