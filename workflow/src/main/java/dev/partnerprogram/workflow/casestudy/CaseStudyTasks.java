package dev.partnerprogram.workflow.casestudy;

import dev.partnerprogram.casestudy.CaseStudyService;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.CaseStudyProcess;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.PartnerSubjectTasks;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskInput;
import dev.partnerprogram.workflow.task.TaskSpec;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The user task of {@code case-study}: marketing approves a case study for the directory page or rejects it with the reason. */
@Component
class CaseStudyTasks extends PartnerSubjectTasks {

    private final CaseStudyService caseStudies;

    CaseStudyTasks(CaseStudyService caseStudies) {
        super(CaseStudyProcess.KEY, SubjectType.CASE_STUDY, id -> caseStudies.get(id));
        this.caseStudies = caseStudies;
        task(TaskSpec.of(CaseStudyProcess.USER_REVIEW_CASE_STUDY)
                .decisions(Decision.APPROVE, Decision.REJECT).commentFor(Decision.REJECT), this::review);
    }

    private void review(long caseStudyId, Caller caller, TaskInput input, Map<String, Object> variables) {
        CaseStudyProcess.Decision decision = input.decision(CaseStudyProcess.Decision.class);
        caseStudies.decide(caseStudyId, decision == CaseStudyProcess.Decision.APPROVE, input.comment(), caller.username());
        CaseStudyProcess.DECISION.put(variables, decision.name());
    }
}
