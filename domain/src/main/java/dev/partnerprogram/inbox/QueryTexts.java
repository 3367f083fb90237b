package dev.partnerprogram.inbox;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the inbox's queries, translating a text met for the first time by one thread at a time. Hibernate keeps a
 * text's translation once made, but requests that meet a new text together each parse it, and the parse of the inbox's
 * texts (ANTLR's prediction over their nested conditions) takes tens of megabytes while it runs: eight concurrent first
 * reads of a cold node ran a 192 MB heap out of memory (the benchmark's 8 users from a cold start, 5 Dec 2026). Texts
 * already translated are made without waiting. The inbox's texts are a small fixed set, so the set kept stays small.
 */
final class QueryTexts {

    private final EntityManager entityManager;
    private final Set<String> translated = ConcurrentHashMap.newKeySet();

    QueryTexts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    <T> TypedQuery<T> create(String jpql, Class<T> type) {
        if (translated.contains(jpql)) {
            return entityManager.createQuery(jpql, type);
        }
        synchronized (translated) {
            TypedQuery<T> query = entityManager.createQuery(jpql, type);
            translated.add(jpql);
            return query;
        }
    }
}
