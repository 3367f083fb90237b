package dev.partnerprogram.workflow.task;

import dev.partnerprogram.common.ProcessSubject;
import dev.partnerprogram.processes.ProcessVariable;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * How a facade starts the process of a subject it has just stored, in the same transaction: the subject's id is the
 * business key and the process's id variable, the process variables are the ids and small values it needs, and the
 * subject keeps the id of its instance. The facade still checks who may start it ({@code PartnerRequestGuard}) before
 * storing anything.
 */
@Component
public class SubjectProcesses {

    private final RuntimeService runtime;

    public SubjectProcesses(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** A start of {@code processKey} for {@code subject}, whose id its {@code idVariable} carries. */
    public Start prepare(String processKey, ProcessVariable<Long> idVariable, ProcessSubject subject) {
        return new Start(processKey, subject).with(idVariable, subject.getId());
    }

    /** One start being put together: add the variables, then {@link #start()}. */
    public final class Start {
        private final String processKey;
        private final ProcessSubject subject;
        private final Map<String, Object> variables = new HashMap<>();

        private Start(String processKey, ProcessSubject subject) {
            this.processKey = processKey;
            this.subject = subject;
        }

        public <T> Start with(ProcessVariable<T> variable, T value) {
            variable.put(variables, value);
            return this;
        }

        /** Starts the instance and attaches it to the subject, which is saved with the transaction. */
        public void start() {
            subject.attachProcess(runtime.startProcessInstanceByKey(processKey, subject.getId().toString(), variables).getId());
        }
    }
}
