package dev.partnerprogram.workflow.task;

import dev.partnerprogram.identity.Caller;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part every task handler shares: the process it serves, what the process's tasks are about, and each user task
 * declared once with its spec and what completing it records ({@link #task}). A handler whose subject type is its own
 * also implements {@link SubjectAccess}, whose {@link #type()} this answers.
 */
public abstract class ProcessTasks implements TaskHandler {

    /** What completing one task records in the domain; it puts the variables the process goes on with. */
    @FunctionalInterface
    protected interface Completion {
        void complete(long subjectId, Caller caller, TaskInput input, Map<String, Object> variables);
    }

    private final String processKey;
    private final SubjectType subject;
    private final List<TaskSpec> specs = new ArrayList<>();
    private final Map<String, Completion> completions = new HashMap<>();

    protected ProcessTasks(String processKey, SubjectType subject) {
        this.processKey = processKey;
        this.subject = subject;
    }

    /** Declares a user task of the process: its form spec and what completing it records, side by side. */
    protected final void task(TaskSpec spec, Completion completion) {
        specs.add(spec);
        completions.put(spec.taskKey(), completion);
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
        return Collections.unmodifiableList(specs);
    }

    @Override
    public final Map<String, Object> complete(String taskKey, long subjectId, Caller caller, TaskInput input) {
        Completion completion = completions.get(taskKey);
        if (completion == null) {
            throw new IllegalStateException("No form handler for task " + taskKey);
        }
        Map<String, Object> variables = new HashMap<>();
        completion.complete(subjectId, caller, input, variables);
        return variables;
    }
}
