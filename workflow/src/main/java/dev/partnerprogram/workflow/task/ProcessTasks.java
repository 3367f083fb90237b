package dev.partnerprogram.workflow.task;

import java.util.List;

/**
 * The part every task handler shares: the process it serves, what the process's tasks are about and their specs. A
 * handler whose subject type is its own also implements {@link SubjectAccess}, whose {@link #type()} this answers.
 */
public abstract class ProcessTasks implements TaskHandler {
    private final String processKey;
    private final SubjectType subject;
    private final List<TaskSpec> specs;

    protected ProcessTasks(String processKey, SubjectType subject, List<TaskSpec> specs) {
        this.processKey = processKey;
        this.subject = subject;
        this.specs = List.copyOf(specs);
    }

    @Override
    public final String processKey() {
        return processKey;
    }

    @Override
    public final SubjectType subject() {
        return subject;
    }

    /** The subject type, for handlers that answer for it as {@link SubjectAccess}. */
    public final SubjectType type() {
        return subject;
    }

    @Override
    public final List<TaskSpec> specs() {
        return specs;
    }
}
