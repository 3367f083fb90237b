package dev.partnerprogram.workflow.task;

import dev.partnerprogram.common.ProcessSubject;
import java.util.function.LongFunction;

/**
 * The tasks of a process whose subject a partner owns (a deal, a claim, a case study, …): the handler answers for the
 * subject type too, and the owner is the partner the subject's row is for, read through the domain's lookup (which is
 * not found for an id it does not know).
 */
public abstract class PartnerSubjectTasks extends ProcessTasks implements SubjectAccess {

    private final LongFunction<? extends ProcessSubject> subjects;

    /**
     * {@code subjects} is the domain's lookup of the subject by id. It is called only when an owner is asked for, so a
     * handler passes a lambda over its collaborator, not a method reference: the task-model lint builds every handler
     * without collaborators.
     */
    protected PartnerSubjectTasks(String processKey, SubjectType subject, LongFunction<? extends ProcessSubject> subjects) {
        super(processKey, subject);
        this.subjects = subjects;
    }

    @Override
    public final long ownerOf(long subjectId) {
        return subjects.apply(subjectId).getPartnerId();
    }
}
