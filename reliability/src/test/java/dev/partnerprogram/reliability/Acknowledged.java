package dev.partnerprogram.reliability;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every piece of work the application acknowledged with a 2xx, to be looked for in the database afterwards. */
final class Acknowledged {
    enum Kind { REGISTRATION, APPLICATION, COMPENSATION, TASK_COMPLETED, CLAIM, CANCELLATION }

    record Ack(Kind kind, String id) {}

    private final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();

    void add(Kind kind, Object id) {
        acks.add(new Ack(kind, String.valueOf(id)));
    }

    List<Ack> all() {
        return List.copyOf(acks);
    }
}
