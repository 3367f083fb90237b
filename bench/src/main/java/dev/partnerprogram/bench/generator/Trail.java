package dev.partnerprogram.bench.generator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail of one subject (an enrolment, an exam, a compensation request, a joint event) on the absolute clock,
 * written after the subject's own row: {@code (id, <the subject's columns>, at, actor, action, comment)}.
 */
final class Trail {

    private record Entry(long at, String actor, String action, String comment) {}

    private final List<Entry> entries = new ArrayList<>();
    private long lastAt;

    void add(long at, String actor, String action, String comment) {
        entries.add(new Entry(at, actor, action, comment));
        lastAt = Math.max(lastAt, at);
    }

    /** The latest moment on the trail (0 while it is empty). */
    long lastAt() {
        return lastAt;
    }

    int size() {
        return entries.size();
    }

    /** One row of {@code table} per entry, its id from the context, then {@code subject}'s values, then the entry's. */
    void write(GenerationContext context, String table, Object... subject) {
        for (Entry e : entries) {
            Object[] row = new Object[subject.length + 5];
            row[0] = context.nextId(table);
            System.arraycopy(subject, 0, row, 1, subject.length);
            row[subject.length + 1] = Instant.ofEpochMilli(e.at());
            row[subject.length + 2] = e.actor();
            row[subject.length + 3] = e.action();
            row[subject.length + 4] = e.comment();
            context.out().row(table, row);
        }
    }
}
