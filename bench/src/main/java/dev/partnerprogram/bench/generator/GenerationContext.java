package dev.partnerprogram.bench.generator;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * What a process generator works with: the spec, one seeded random (so draw in a fixed order), the planned
 * partners, ids for our tables, the COPY writer, the engine, and the tally the data set declares.
 */
public final class GenerationContext {
    private final GeneratorSpec spec;
    private final RandomGenerator random;
    private final Ids ids;
    private CopyWriter out;
    private final ProcessEngine engine;
    private final Map<String, Long> nextIds;
    private final Map<String, ProcessModel> models = new HashMap<>();
    private final Map<String, Integer> tally = new TreeMap<>();
    private final Map<String, Long> openSubjectPartners = new HashMap<>();
    private List<PlannedPartner> partners = List.of();

    GenerationContext(GeneratorSpec spec, ProcessEngine engine, CopyWriter out, Map<String, Long> lastIds) {
        this.spec = spec;
        this.random = new SplittableRandom(spec.seed());
        this.ids = new Ids(random);
        this.out = out;
        this.engine = engine;
        this.nextIds = new HashMap<>(lastIds);
    }

    GeneratorSpec spec() {
        return spec;
    }

    Instant now() {
        return spec.now();
    }

    RandomGenerator random() {
        return random;
    }

    Ids ids() {
        return ids;
    }

    CopyWriter out() {
        return out;
    }

    /**
     * Goes on writing through {@code next}, with ids past {@code lastIds} where the database's moved on meanwhile (the
     * application, started on the data set, has written rows of its own): for a data set that grows.
     */
    void continueWith(CopyWriter next, Map<String, Long> lastIds) {
        this.out = next;
        lastIds.forEach((table, last) -> nextIds.merge(table, last, Math::max));
    }

    ProcessEngine engine() {
        return engine;
    }

    ProcessModel model(String processKey) {
        return models.computeIfAbsent(processKey, key -> ProcessModel.latest(engine, key));
    }

    /** The next id of one of our identity-keyed tables; the generator sets the sequences past them at the end. */
    long nextId(String table) {
        return nextIds.merge(table, 1L, Long::sum);
    }

    List<PlannedPartner> partners() {
        return partners;
    }

    void partners(List<PlannedPartner> planned) {
        this.partners = List.copyOf(planned);
    }

    /**
     * The partner an open instance's subject belongs to, as the application's inbox finds it through the subject
     * (the application, enrolment, claim…) rather than through the instance's variables.
     */
    void openSubject(String processInstanceId, long partnerId) {
        openSubjectPartners.put(processInstanceId, partnerId);
        out.openInstanceStarted();
    }

    Long partnerOfOpenSubject(String processInstanceId) {
        return openSubjectPartners.get(processInstanceId);
    }

    /** Counts something the data set declares, e.g. {@code "finished:partner-application"}. */
    void count(String what) {
        count(what, 1);
    }

    void count(String what, int n) {
        tally.merge(what, n, Integer::sum);
    }

    Map<String, Integer> tally() {
        return Map.copyOf(tally);
    }

    /** Uniform in [from, to). */
    long between(long from, long to) {
        return to <= from ? from : random.nextLong(from, to);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }
}
