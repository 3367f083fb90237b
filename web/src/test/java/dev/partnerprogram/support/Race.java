package dev.partnerprogram.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Sends requests that all start at the same moment, so that a rule guarded only by a read-then-write would let more
 * than one through: a thread per request, all held at one latch and released together.
 */
public final class Race {

    private Race() {
    }

    /** Runs {@code count} requests ({@code request} gets 0 … count-1) released together; their answers in that order. */
    public static <T> List<T> atOnce(int count, IntFunction<T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return request.apply(n);
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
