package dev.partnerprogram.workflow.task;

import dev.partnerprogram.processes.ProcessVariable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * How a facade starts the process of a subject it has just stored: the subject's id is the business key and the
 * process's id variable, the process variables are the ids and small values it needs, and the subject keeps the id of
 * its instance. The facade still checks who may start it ({@code PartnerRequestGuard}) before storing anything.
 */
@Component
public class SubjectProcesses {

    private final RuntimeService runtime;

    public SubjectProcesses(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** A start of {@code processKey} for the subject {@code subjectId}, which its {@code idVariable} carries. */
    public Start start(String processKey, ProcessVariable<Long> idVariable, long subjectId) {
        return new Start(processKey, subjectId).with(idVariable, subjectId);
    }

    /** One start being put together: add the variables, then {@link #attachTo} the subject. */
    public final class Start {
        private final String processKey;
        private final long subjectId;
        private final Map<String, Object> variables = new HashMap<>();

        private Start(String processKey, long subjectId) {
            this.processKey = processKey;
            this.subjectId = subjectId;
        }

        public <T> Start with(ProcessVariable<T> variable, T value) {
            variable.put(variables, value);
            return this;
        }

        /** Starts the instance and hands its id to {@code attach} (the service's {@code attachProcess}). */
        public void attachTo(BiConsumer<Long, String> attach) {
            String instanceId = runtime.startProcessInstanceByKey(processKey, Long.toString(subjectId), variables).getId();
            attach.accept(subjectId, instanceId);
        }
    }
}
