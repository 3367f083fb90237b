package dev.partnerprogram.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How a service finds one object of a kind by id: read for a query, or locked for a step that changes it (and, for a
 * step that only some states allow, checked against its {@link States}). An id that is not there is a 404 with the
 * kind's code ({@code notFound.compensation}), the same for all.
 */
public final class Lookup<T> {
    private final LockingRepository<T> repository;
    private final String notFoundCode;

    public Lookup(LockingRepository<T> repository, String notFoundCode) {
        this.repository = repository;
        this.notFoundCode = notFoundCode;
    }

    public T get(long id) {
        return repository.findById(id).orElseThrow(this::notFound);
    }

    /** The object with its row locked until the transaction ends; see {@link LockingRepository#findForUpdate}. */
    public T lock(long id) {
        return repository.findForUpdate(id).orElseThrow(this::notFound);
    }

    /** The object with its row locked, when it is in one of the {@code allowed} states; otherwise the kind's 409. */
    @SafeVarargs
    public final <S extends Enum<S>> T lockIn(long id, States<T, S> states, S... allowed) {
        return states.require(lock(id), allowed);
    }

    /**
     * Closes each object of the ids with its row locked, unless it is no longer {@code open} by then (closed meanwhile);
     * answers the process instances that drove those it closed, for the caller to end.
     */
    public List<String> closeEach(List<Long> ids, Predicate<T> open, Consumer<T> close, Function<T, String> process) {
        List<String> processes = new ArrayList<>();
        for (long id : ids) {
            T object = lock(id);
            if (open.test(object)) {
                close.accept(object);
                String processInstanceId = process.apply(object);
                if (processInstanceId != null) {
                    processes.add(processInstanceId);
                }
            }
        }
        return processes;
    }

    private NotFoundException notFound() {
        return new NotFoundException(notFoundCode);
    }
}
