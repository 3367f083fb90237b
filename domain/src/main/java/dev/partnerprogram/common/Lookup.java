package dev.partnerprogram.common;

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

    private NotFoundException notFound() {
        return new NotFoundException(notFoundCode);
    }
}
