package dev.partnerprogram.processes.support;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Stands in for a Spring delegate bean: remembers where it ran and runs the small piece of behaviour the model
 * depends on (a variable the next gateway reads, a message the other process waits for).
 */
public class RecordingDelegate implements JavaDelegate {

    /** The part of the real delegate's effect that the model relies on. */
    @FunctionalInterface
    public interface Behaviour {
        void apply(DelegateExecution execution) throws Exception;
    }

    private final Behaviour behaviour;
    private final List<String> activityIds = new ArrayList<>();
    private final List<String> processInstanceIds = new ArrayList<>();

    public RecordingDelegate() {
        this(execution -> {});
    }

    public RecordingDelegate(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        activityIds.add(execution.getCurrentActivityId());
        processInstanceIds.add(execution.getProcessInstanceId());
        behaviour.apply(execution);
    }

    public int calls() {
        return activityIds.size();
    }

    /** Activity ids in call order; one bean serves more than one task, so the id tells which one ran. */
    public List<String> activityIds() {
        return List.copyOf(activityIds);
    }

    public List<String> processInstanceIds() {
        return List.copyOf(processInstanceIds);
    }
}
