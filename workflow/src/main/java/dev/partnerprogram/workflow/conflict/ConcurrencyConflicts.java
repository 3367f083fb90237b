package dev.partnerprogram.workflow.conflict;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ProblemException;
import dev.partnerprogram.common.UniqueKeys;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.hibernate.StaleStateException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * The one translation of what concurrent requests make the database and the engine throw into the refusals a caller
 * understands (409, {@code conflict.*}): a unique key that let a concurrent request in first, an optimistic lock
 * (a row or an engine entity changed meanwhile), a lock conflict or deadlock the database broke, a task someone claimed
 * first, a message whose process moved on or a task or instance that ended meanwhile. The data stayed right in each
 * case; only the answer was wrong (500).
 * {@link FacadeConflicts} applies it to every workflow facade, so pages and API alike receive a {@link ConflictException}.
 */
public final class ConcurrencyConflicts {
    private static final String CONCURRENT_CHANGE = "conflict.concurrentChange";
    private static final int MAX_DEPTH = 20;

    /** Unique keys whose rule has a refusal of its own that names nothing from the request. */
    private static final Map<String, String> UNIQUE_KEY_CODES = Map.of(
            "uq_partner_company_tax_id", "conflict.taxIdTaken",
            "uq_app_user_username", "conflict.emailTaken");

    private ConcurrencyConflicts() {}

    /** The refusal a concurrency failure means, or nothing for any other failure (a refusal already, or a real error). */
    private static final String ENGINE_INTERNALS = "org.camunda.bpm.engine.impl.";

    public static Optional<ConflictException> of(Throwable failure) {
        if (failure instanceof ProblemException) {
            return Optional.empty();
        }
        Optional<String> uniqueKey = UniqueKeys.violated(failure);
        if (uniqueKey.isPresent()) {
            return Optional.of(conflict(failure, UNIQUE_KEY_CODES.getOrDefault(uniqueKey.get(), CONCURRENT_CHANGE)));
        }
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
            if (t instanceof TaskAlreadyClaimedException claimed) {
                return Optional.of(conflict(failure, "conflict.taskClaimed", claimed.getTaskAssignee()));
            }
            // Spring's ConcurrencyFailureException covers optimistic locks of our rows, lock timeouts and deadlocks.
            if (t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException || t instanceof StaleStateException
                    || t instanceof jakarta.persistence.OptimisticLockException
                    // The facades check the state before they send a message; no receiver left means it changed meanwhile.
                    || t instanceof MismatchingMessageCorrelationException
                    // The facades find the task or instance first (404 when it is not there); the engine then missing
                    // it (a task completed, an instance ended) means a concurrent request finished it meanwhile.
                    || t instanceof NullValueException
                    || engineLostItsExecution(t)) {
                return Optional.of(conflict(failure, CONCURRENT_CHANGE));
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return Optional.empty();
    }

    /**
     * Two forms in which the engine tells that a concurrent request moved the instance on between our check and our
     * command (seen under concurrent completions and cancellations): a message event whose subscription is already
     * gone, and an execution already removed, which the engine's own code then reads as null.
     */
    private static boolean engineLostItsExecution(Throwable t) {
        if (t instanceof ProcessEngineException && t.getMessage() != null
                && t.getMessage().contains("does not have a subscription to a message event")) {
            return true;
        }
        StackTraceElement[] trace = t.getStackTrace();
        return t instanceof NullPointerException && trace.length > 0 && trace[0].getClassName().startsWith(ENGINE_INTERNALS);
    }

    private static ConflictException conflict(Throwable cause, String code, Object... args) {
        ConflictException conflict = new ConflictException(code, args);
        conflict.initCause(cause);
        return conflict;
    }
}
