package dev.partnerprogram.workflow.task;

import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import java.util.Optional;

/**
 * Who a subject belongs to and who may see it. Exactly one bean answers for each {@link SubjectType} that a handler
 * names; {@link SubjectRegistry} refuses to start otherwise, so a lookup never depends on which bean came first.
 */
public interface SubjectAccess {

    SubjectType type();

    /** The partner company the subject belongs to; {@link NotFoundException} if the subject does not exist. */
    long ownerOf(long subjectId);

    /** The partner company the subject belongs to; empty if it does not exist. */
    default Optional<Long> partnerOf(long subjectId) {
        try {
            return Optional.of(ownerOf(subjectId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Whether the caller may learn about the subject (decides 409 against 404 for a task completed meanwhile). */
    default boolean maySee(Caller caller, long subjectId) {
        return partnerOf(subjectId).map(caller::maySee).orElse(false);
    }
}
