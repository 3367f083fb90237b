package dev.partnerprogram.workflow.request;

import dev.partnerprogram.agreement.AgreementService;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.PartnerRequestProcess;
import dev.partnerprogram.processes.PartnerRequestProcess.Answer;
import dev.partnerprogram.request.PartnerRequest;
import dev.partnerprogram.request.PartnerRequestKind;
import dev.partnerprogram.request.PartnerRequestService;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.FieldSpec;
import dev.partnerprogram.workflow.task.ProcessTasks;
import dev.partnerprogram.workflow.task.SubjectAccess;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskInput;
import dev.partnerprogram.workflow.task.TaskSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The user tasks of {@code partner-request}: the answering group does the request or declines it with the reason (a
 * consultation is done once held, with its day and hours, which count against the month's); or, for the materials a
 * tier includes, sends them.
 */
@Component
class PartnerRequestTasks extends ProcessTasks implements SubjectAccess {

    static final String CONSULTED_ON = "consultedOn";
    static final String HOURS = "hours";

    // Whether the day and hours are needed (a consultation) is the domain's rule, by the request's kind.
    private static final List<TaskSpec> SPECS = List.of(
            TaskSpec.of(PartnerRequestProcess.USER_ANSWER_REQUEST)
                    .decisions(Decision.APPROVE, Decision.REJECT).commentFor(Decision.REJECT)
                    .fields(FieldSpec.date(CONSULTED_ON), FieldSpec.number(HOURS, 1, 24)),
            TaskSpec.of(PartnerRequestProcess.USER_DELIVER_MATERIALS));

    private final PartnerRequestService requests;
    private final AgreementService agreements;

    PartnerRequestTasks(PartnerRequestService requests, AgreementService agreements) {
        super(PartnerRequestProcess.KEY, SubjectType.PARTNER_REQUEST, SPECS);
        this.requests = requests;
        this.agreements = agreements;
    }

    @Override
    public long ownerOf(long requestId) {
        return requests.get(requestId).getPartnerId();
    }

    @Override
    public Map<String, Object> complete(String taskKey, long requestId, Caller caller, TaskInput input) {
        Map<String, Object> variables = new HashMap<>();
        switch (taskKey) {
            case PartnerRequestProcess.USER_ANSWER_REQUEST -> {
                Answer answer = Answer.valueOf(input.decision().name());
                if (answer == Answer.APPROVE) {
                    PartnerRequest request = requests.get(requestId);
                    if (request.getKind() == PartnerRequestKind.CONSULTATION) {
                        // A suspended or terminated partner's hours are frozen: a consultation is not counted against them.
                        agreements.requireValid(request.getPartnerId());
                    }
                    requests.fulfil(requestId, input.comment(), input.date(CONSULTED_ON), input.integer(HOURS), caller.username());
                } else {
                    requests.decline(requestId, input.comment(), caller.username());
                }
                PartnerRequestProcess.ANSWER.put(variables, answer.name());
            }
            case PartnerRequestProcess.USER_DELIVER_MATERIALS ->
                    requests.fulfil(requestId, input.comment(), null, null, caller.username());
            default -> throw new IllegalStateException("No form handler for task " + taskKey);
        }
        return variables;
    }
}
