package dev.partnerprogram.common;

/**
 * How a service finds one object of a kind by id: read for a query, or locked for a step that changes it. An id that
 * is not there is a 404 with the kind's code ({@code notFound.compensation}), the same for both.
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

    private NotFoundException notFound() {
        return new NotFoundException(notFoundCode);
    }
}
