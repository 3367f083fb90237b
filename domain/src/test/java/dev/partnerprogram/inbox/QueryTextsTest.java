package dev.partnerprogram.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A cold node's requests that meet an inbox text together must not parse it together (each parse takes tens of
 * megabytes), while texts already translated are made concurrently. The entity manager here stands in for Hibernate's
 * translation: it holds each call long enough for concurrent callers to overlap and records how many overlap.
 */
class QueryTextsTest {

    private static final int READERS = 8;
    private static final long TRANSLATION_MILLIS = 100;

    private final AtomicInteger inTranslation = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final EntityManager entityManager = mock(EntityManager.class);
    private final ExecutorService readers = Executors.newFixedThreadPool(READERS);

    @SuppressWarnings("unchecked")
    private final TypedQuery<Long> made = mock(TypedQuery.class);

    QueryTextsTest() {
        when(entityManager.createQuery(anyString(), eq(Long.class))).thenAnswer(call -> {
            mostAtOnce.accumulateAndGet(inTranslation.incrementAndGet(), Math::max);
            try {
                Thread.sleep(TRANSLATION_MILLIS);
            } finally {
                inTranslation.decrementAndGet();
            }
            return made;
        });
    }

    @AfterEach
    void stopReaders() {
        readers.shutdownNow();
    }

    @Test
    void aTextMetForTheFirstTimeByConcurrentReadersIsTranslatedByOneAtATime() throws Exception {
        QueryTexts texts = new QueryTexts(entityManager);

        List<TypedQuery<Long>> queries = readAtOnce(texts, "select count(t) from InboxTask t");

        assertThat(queries).hasSize(READERS).allSatisfy(query -> assertThat(query).isSameAs(made));
        assertThat(mostAtOnce).hasValue(1);
        verify(entityManager, times(READERS)).createQuery("select count(t) from InboxTask t", Long.class);
    }

    @Test
    void aTextAlreadyTranslatedIsMadeWithoutWaiting() throws Exception {
        QueryTexts texts = new QueryTexts(entityManager);
        texts.create("select count(t) from InboxTask t", Long.class);
        mostAtOnce.set(0);

        readAtOnce(texts, "select count(t) from InboxTask t");

        assertThat(mostAtOnce.get()).isGreaterThan(1);
    }

    private List<TypedQuery<Long>> readAtOnce(QueryTexts texts, String jpql) throws Exception {
        CyclicBarrier start = new CyclicBarrier(READERS);
        List<Future<TypedQuery<Long>>> pending = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            pending.add(readers.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return texts.create(jpql, Long.class);
            }));
        }
        List<TypedQuery<Long>> queries = new ArrayList<>();
        for (Future<TypedQuery<Long>> query : pending) {
            queries.add(query.get(30, TimeUnit.SECONDS));
        }
        return queries;
    }
}
