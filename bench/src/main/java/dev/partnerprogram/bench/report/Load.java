package dev.partnerprogram.bench.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * K threads running lifecycles back to back, until a deadline or a number of lifecycles is reached. The run
 * lasts until the last thread has finished its last lifecycle, and every lifecycle finished in it counts, so the
 * rate and the database's transaction count cover the same interval.
 */
public final class Load {

    /** What a run did; {@code errors} are lifecycles that threw, with the first few messages kept. */
    public record Outcome(int clients, int lifecycles, int errors, double seconds, Latencies.Summary lifecycle,
                          List<String> firstErrors) {
        public double perSecond() {
            return seconds > 0 ? lifecycles / seconds : 0;
        }
    }

    @FunctionalInterface
    public interface Lifecycle {
        void run(int worker) throws Exception;
    }

    private static final int ERRORS_KEPT = 5;
    /** A thread that fails this often in a row stops, so a broken setup ends the run instead of spinning. */
    private static final int CONSECUTIVE_ERRORS_TO_STOP = 3;

    private Load() {}

    /**
     * @param duration   run until then (null: use {@code lifecycles})
     * @param lifecycles run this many in all (null: use {@code duration})
     * @param setup      called once in each thread before its first lifecycle (e.g. to register thread-bound mocks)
     */
    public static Outcome run(String name, int clients, Duration duration, Integer lifecycles, IntConsumer setup, Lifecycle lifecycle) {
        Latencies latencies = new Latencies();
        AtomicInteger tickets = new AtomicInteger(lifecycles == null ? Integer.MAX_VALUE : lifecycles);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch finished = new CountDownLatch(clients);
        long start = System.nanoTime();
        long deadline = duration == null ? Long.MAX_VALUE : start + duration.toNanos();
        for (int w = 0; w < clients; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                try {
                    setup.accept(worker);
                    int failuresInARow = 0;
                    while (System.nanoTime() < deadline && tickets.getAndDecrement() > 0) {
                        long t0 = System.nanoTime();
                        try {
                            lifecycle.run(worker);
                            latencies.record(name, System.nanoTime() - t0);
                            done.incrementAndGet();
                            failuresInARow = 0;
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            if (messages.size() < ERRORS_KEPT) {
                                messages.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                            }
                            if (++failuresInARow >= CONSECUTIVE_ERRORS_TO_STOP) {
                                break;
                            }
                        }
                    }
                } finally {
                    finished.countDown();
                }
            }, name + "-" + w);
            thread.setDaemon(true);
            thread.start();
        }
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the load to finish", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Outcome(clients, done.get(), errors.get(), seconds, latencies.summary(name), List.copyOf(messages));
    }
}
