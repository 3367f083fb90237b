package dev.partnerprogram.workflow.agreement;

import dev.partnerprogram.agreement.AgreementService;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.ProcessSubject;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.processes.ProcessVariable;
import dev.partnerprogram.workflow.task.SubjectProcesses;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.springframework.stereotype.Component;

/**
 * The one check before a partner starts any request (an application, an enrolment, a claim, a deal, …): the caller is
 * one of a partner's users (403 otherwise), and its company's agreement is valid: a suspended or terminated one refuses
 * the request with its reason and what to do (403 problem+json). A request that a process drives is started through
 * {@link #start}, so that nothing is stored before the check and its process always carries the partner's id.
 */
@Component
public class PartnerRequestGuard {

    private final AgreementService agreements;
    private final SubjectProcesses processes;

    PartnerRequestGuard(AgreementService agreements, SubjectProcesses processes) {
        this.agreements = agreements;
        this.processes = processes;
    }

    /** Answers the caller's company, which may start a request. */
    public long requireStarting(Caller caller) {
        long partnerId = requirePartnerUser(caller);
        agreements.requireValid(partnerId);
        return partnerId;
    }

    /** Answers the caller's company; only for joining, which is how a company whose agreement ended comes back. */
    public long requirePartnerUser(Caller caller) {
        if (!caller.has(Role.PARTNER) || caller.partnerId() == null) {
            throw new ForbiddenException("forbidden.partnerUserOnly");
        }
        return caller.partnerId();
    }

    /**
     * Checks the caller, stores the subject through {@code store} for the caller's company, and starts
     * {@code processKey} for it in the caller's transaction, with the subject's id and the partner's.
     */
    public <S extends ProcessSubject> S start(Caller caller, String processKey, ProcessVariable<Long> idVariable,
                                              ProcessVariable<Long> partnerIdVariable, LongFunction<S> store) {
        return start(caller, processKey, idVariable, partnerIdVariable, store, variables -> {});
    }

    /** The same, for a process that needs more variables than the two ids: {@code variables} adds them. */
    public <S extends ProcessSubject> S start(Caller caller, String processKey, ProcessVariable<Long> idVariable,
                                              ProcessVariable<Long> partnerIdVariable, LongFunction<S> store,
                                              Consumer<SubjectProcesses.Start> variables) {
        S subject = store.apply(requireStarting(caller));
        SubjectProcesses.Start start = processes.prepare(processKey, idVariable, subject)
                .with(partnerIdVariable, subject.getPartnerId());
        variables.accept(start);
        start.start();
        return subject;
    }
}
