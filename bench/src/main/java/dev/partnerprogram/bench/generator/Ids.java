package dev.partnerprogram.bench.generator;

import java.util.UUID;
import java.util.random.RandomGenerator;

/** Engine-style ids (UUIDs, as the application's strong id generator makes), drawn from the seeded random. */
final class Ids {
    private final RandomGenerator random;

    Ids(RandomGenerator random) {
        this.random = random;
    }

    String uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
