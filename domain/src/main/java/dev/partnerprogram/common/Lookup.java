package dev.partnerprogram.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /**
     * The object with its row locked until the transaction ends; see {@link LockingRepository#findForUpdate}. A row this
     * transaction has locked already (a task's decision, then the process step it leads to) is not locked again: the
     * object comes from the persistence context, as the second {@code SELECT ... FOR UPDATE} would have answered it.
     */
    public T lock(long id) {
        LockedRows locked = LockedRows.ofThisTransaction();
        if (locked != null && locked.rows.contains(new Row(repository, id))) {
            return get(id);
        }
        T object = repository.findForUpdate(id).orElseThrow(this::notFound);
        if (locked != null) {
            locked.rows.add(new Row(repository, id));
        }
        return object;
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

    private record Row(LockingRepository<?> repository, long id) {}

    /**
     * The rows the running transaction has locked through any lookup. Kept as one of the transaction's synchronizations,
     * so a transaction of its own (REQUIRES_NEW, whose outer synchronizations are suspended) starts with none.
     */
    private static final class LockedRows implements TransactionSynchronization {
        final Set<Row> rows = new HashSet<>();

        static LockedRows ofThisTransaction() {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                return null;
            }
            for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
                if (synchronization instanceof LockedRows locked) {
                    return locked;
                }
            }
            LockedRows locked = new LockedRows();
            TransactionSynchronizationManager.registerSynchronization(locked);
            return locked;
        }
    }
}
