package dev.partnerprogram.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A cold node's requests that meet an inbox text together must not parse it together (each parse takes tens of
 * megabytes), while texts already translated are made concurrently. The entity manager here stands in for Hibernate's
 * translation: each call holds until a condition on the other readers is met, and the test records how many calls
 * overlap.
 */
class QueryTextsTest {

    private static final int READERS = 8;
    private static final String TEXT = "select count(t) from InboxTask t";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final AtomicInteger inTranslation = new AtomicInteger();
    private final AtomicInteger translated = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final EntityManager entityManager = mock(EntityManager.class);
    private final List<Thread> readers = new CopyOnWriteArrayList<>();

    @SuppressWarnings("unchecked")
    private final TypedQuery<Long> made = mock(TypedQuery.class);

    /** Each translation holds until {@code released} holds, then records itself as done. */
    private void translationsHoldUntil(BooleanSupplier released) {
        doAnswer(call -> {
            mostAtOnce.accumulateAndGet(inTranslation.incrementAndGet(), Math::max);
            try {
                await().atMost(PATIENCE).until(released::getAsBoolean);
            } finally {
                inTranslation.decrementAndGet();
                translated.incrementAndGet();
            }
            return made;
        }).when(entityManager).createQuery(anyString(), eq(Long.class));
    }

    @Test
    void aTextMetForTheFirstTimeByConcurrentReadersIsTranslatedByOneAtATime() throws Exception {
        // A translation goes on once every other reader has translated, is translating, or waits for the lock: with
        // the lock they wait, without it they all translate at once.
        translationsHoldUntil(() -> translated.get() + inTranslation.get() + waitingForLock() >= READERS);
        QueryTexts texts = new QueryTexts(entityManager);

        List<TypedQuery<Long>> queries = readAtOnce(texts);

        assertThat(queries).hasSize(READERS).allSatisfy(query -> assertThat(query).isSameAs(made));
        assertThat(mostAtOnce).hasValue(1);
        verify(entityManager, times(READERS)).createQuery(TEXT, Long.class);
    }

    @Test
    void aTextAlreadyTranslatedIsMadeWithoutWaiting() throws Exception {
        QueryTexts texts = new QueryTexts(entityManager);
        translationsHoldUntil(() -> true);
        texts.create(TEXT, Long.class);
        // Now each translation goes on only once all the readers are in one together.
        translationsHoldUntil(() -> mostAtOnce.get() == READERS);
        mostAtOnce.set(0);

        readAtOnce(texts);

        assertThat(mostAtOnce).hasValue(READERS);
    }

    private long waitingForLock() {
        return readers.stream().filter(reader -> reader.getState() == Thread.State.BLOCKED).count();
    }

    private List<TypedQuery<Long>> readAtOnce(QueryTexts texts) throws Exception {
        CyclicBarrier start = new CyclicBarrier(READERS);
        List<TypedQuery<Long>> queries = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        IntStream.range(0, READERS).forEach(i -> readers.add(new Thread(() -> {
            try {
                start.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                queries.add(texts.create(TEXT, Long.class));
            } catch (Throwable e) {
                failures.add(e);
            }
        }, "reader-" + i)));
        readers.forEach(Thread::start);
        for (Thread reader : readers) {
            reader.join(PATIENCE.multipliedBy(2).toMillis());
        }
        assertThat(failures).isEmpty();
        return queries;
    }
}
