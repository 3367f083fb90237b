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
import dev.partnerprogram.workflow.task.PartnerSubjectTasks;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskInput;
import dev.partnerprogram.workflow.task.TaskSpec;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The user tasks of {@code partner-request}: the answering group does the request or declines it with the reason (a
 * consultation is done once held, with its day and hours, which count against the month's); or, for the materials a
 * tier includes, sends them.
 */
@Component
class PartnerRequestTasks extends PartnerSubjectTasks {

    static final String CONSULTED_ON = "consultedOn";
    static final String HOURS = "hours";

    private final PartnerRequestService requests;
    private final AgreementService agreements;

    PartnerRequestTasks(PartnerRequestService requests, AgreementService agreements) {
        super(PartnerRequestProcess.KEY, SubjectType.PARTNER_REQUEST, id -> requests.get(id));
        this.requests = requests;
        this.agreements = agreements;
        // Whether the day and hours are needed (a consultation) is the domain's rule, by the request's kind.
        task(TaskSpec.of(PartnerRequestProcess.USER_ANSWER_REQUEST)
                .decisions(Decision.APPROVE, Decision.REJECT).commentFor(Decision.REJECT)
                .fields(FieldSpec.date(CONSULTED_ON), FieldSpec.number(HOURS, 1, 24)), this::answer);
        task(TaskSpec.of(PartnerRequestProcess.USER_DELIVER_MATERIALS),
                (requestId, caller, input, variables) -> requests.fulfil(requestId, input.comment(), null, null, caller.username()));
    }

    private void answer(long requestId, Caller caller, TaskInput input, Map<String, Object> variables) {
        Answer answer = input.decision(Answer.class);
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
}
