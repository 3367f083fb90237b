package dev.partnerprogram.bench.generator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * What the generators of one main process share: the process's key, its subject type and weight, the tables it writes
 * (declared once, each with ids from {@link GenerationContext#nextId}), and the steps every generator takes the same
 * way — the history of a finished instance written and counted, the open instances planned and started.
 */
abstract class AbstractProcessGenerator implements ProcessDataGenerator {

    static final long MINUTE = 60_000L;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;

    private final String processKey;
    private final String subjectType;
    private final int weight;
    private final Map<String, List<String>> tables = new LinkedHashMap<>();
    /** Set by {@link #spreadOver}; negative for generators that plan their finished instances otherwise. */
    private long latestStartAgo = -1;

    AbstractProcessGenerator(String processKey, String subjectType, int weight) {
        this.processKey = processKey;
        this.subjectType = subjectType;
        this.weight = weight;
    }

    /** Declares one of the generator's own tables, keyed by an identity {@code id}; declare referenced tables first. */
    final void table(String name, String... columns) {
        tables.put(name, List.of(columns));
    }

    @Override
    public final List<String> processKeys() {
        return List.of(processKey);
    }

    @Override
    public final String subjectType() {
        return subjectType;
    }

    @Override
    public final int weight() {
        return weight;
    }

    @Override
    public final void declareTables(CopyWriter out) {
        tables.forEach(out::table);
    }

    @Override
    public final List<String> idTables() {
        return List.copyOf(tables.keySet());
    }

    final String processKey() {
        return processKey;
    }

    /** A finished instance's history, on a clock that starts at {@code startedAt}. */
    final InstanceHistory history(GenerationContext context, String businessKey, long startedAt) {
        return new InstanceHistory(context.model(processKey), context.ids(), businessKey, startedAt);
    }

    /** Writes a finished instance's history rows, its millisecond {@code t} at {@code time.apply(t)}, and counts them. */
    static void writeHistory(GenerationContext context, InstanceHistory h, LongFunction<Instant> time) {
        h.write(context.out(), time);
        context.count("historicActivities", h.activityCount());
        context.count("historicTasks", h.taskCount());
    }

    /**
     * Plans one open instance for {@code partner}, a tier partner drawn at random, and hands its engine part and rows
     * to {@code starts}; {@code now} is the data set's now.
     */
    interface OpenInstance {
        void plan(OpenStarts starts, PlannedPartner partner, long now);
    }

    /**
     * Declares the plan most generators follow, for {@link #finishedThenOpen}: each finished instance, written by
     * {@link #writeFinished}, independent of the others, started between a day after the partner joined and
     * {@code latestStartAgo} before now, so that it has ended by now. Such a generator {@link #grows}.
     */
    final void spreadOver(long latestStartAgo) {
        this.latestStartAgo = latestStartAgo;
    }

    /** One finished instance of a generator that {@link #spreadOver spreads} them, for {@code partner}, started at {@code at}. */
    void writeFinished(GenerationContext context, PlannedPartner partner, long at) {
        throw new UnsupportedOperationException(processKey + " does not spread its finished instances");
    }

    /**
     * {@code finished} instances as {@link #spreadOver} declares, then {@code open} ones, each for a tier partner drawn
     * at random and planned by {@code openInstance}, started a few at a time ({@link OpenStarts}); all counted.
     * {@code what} names the open instances in the error when there are no tier partners.
     */
    final void finishedThenOpen(GenerationContext context, int finished, int open, String what, OpenInstance openInstance) {
        growFinished(context, finished);
        List<PlannedPartner> tiers = tierPartners(context);
        long now = context.now().toEpochMilli();
        try (OpenStarts starts = new OpenStarts(context)) {
            for (int i = 0; i < open; i++) {
                openInstance.plan(starts, anyOf(context, tiers, what), now);
                context.count("openTasks");
            }
            starts.finish();
        }
        context.count("open:" + processKey, open);
    }

    @Override
    public boolean grows() {
        return latestStartAgo >= 0;
    }

    /** {@code finished} finished instances as {@link #spreadOver} declares, counted: at first, and when the data set grows. */
    @Override
    public void growFinished(GenerationContext context, int finished) {
        if (!grows()) {
            throw new UnsupportedOperationException(processKey + " does not grow");
        }
        for (Spread.Pick pick : sinceJoining(context, tierPartners(context), context.now().toEpochMilli() - latestStartAgo, finished)) {
            writeFinished(context, pick.partner(), pick.at());
        }
        context.count("finished:" + processKey, finished);
    }

    /** Counts the instances the data set declares for the main process. */
    final void countInstances(GenerationContext context, int finished, int open) {
        context.count("finished:" + processKey, finished);
        context.count("open:" + processKey, open);
    }

    /** The partners holding a tier, in the plan's order. */
    static List<PlannedPartner> tierPartners(GenerationContext context) {
        return context.partners().stream().filter(PlannedPartner::isTier).toList();
    }

    /** A tier partner for an open instance, drawn at random; {@code what} names the instances in the error. */
    static PlannedPartner anyOf(GenerationContext context, List<PlannedPartner> tiers, String what) {
        if (tiers.isEmpty()) {
            throw new IllegalStateException(what + " need tier partners: raise the partner count");
        }
        return tiers.get(context.random().nextInt(tiers.size()));
    }

    /** Moments for {@code count} finished instances of tier partners, from a day after joining to {@code latestStart}. */
    static List<Spread.Pick> sinceJoining(GenerationContext context, List<PlannedPartner> tiers, long latestStart, int count) {
        return Spread.over(context, tiers, p -> p.authorizedAt.toEpochMilli() + DAY, p -> latestStart, count);
    }

    /** How long a service task of a generated history takes, in milliseconds. */
    static long service(GenerationContext context) {
        return context.between(3, 40);
    }

    /** The instance ends: {@code serviceTask} runs, then {@code endEvent} is reached. */
    static void endThrough(GenerationContext context, InstanceHistory h, String serviceTask, String endEvent) {
        h.run(serviceTask, service(context));
        h.end(endEvent);
    }
}
