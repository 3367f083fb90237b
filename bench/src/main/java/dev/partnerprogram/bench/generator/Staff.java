package dev.partnerprogram.bench.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/** The vendor staff named as actors in generated audit trails (usernames only; no accounts are created for them). */
final class Staff {
    static final String SYSTEM = "system";
    static final String MANAGER = "e.volkova";
    static final List<String> REVIEWERS = List.of("a.smirnov", "i.petrova", "d.kuznetsov", MANAGER);
    static final List<String> TRAINERS = List.of("o.sokolova", "m.lebedev");

    private Staff() {}

    static String reviewer(RandomGenerator random) {
        return Vocabulary.pick(random, REVIEWERS);
    }

    static String trainer(RandomGenerator random) {
        return Vocabulary.pick(random, TRAINERS);
    }
}
