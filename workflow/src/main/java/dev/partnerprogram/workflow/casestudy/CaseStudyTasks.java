package dev.partnerprogram.workflow.casestudy;

import dev.partnerprogram.casestudy.CaseStudyService;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.CaseStudyProcess;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.ProcessTasks;
import dev.partnerprogram.workflow.task.SubjectAccess;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskInput;
import dev.partnerprogram.workflow.task.TaskSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The user task of {@code case-study}: marketing approves a case study for the directory page or rejects it with the reason. */
@Component
class CaseStudyTasks extends ProcessTasks implements SubjectAccess {

    private static final List<TaskSpec> SPECS = List.of(TaskSpec.of(CaseStudyProcess.USER_REVIEW_CASE_STUDY)
            .decisions(Decision.APPROVE, Decision.REJECT).commentFor(Decision.REJECT));

    private final CaseStudyService caseStudies;

    CaseStudyTasks(CaseStudyService caseStudies) {
        super(CaseStudyProcess.KEY, SubjectType.CASE_STUDY, SPECS);
        this.caseStudies = caseStudies;
    }

    @Override
    public long ownerOf(long caseStudyId) {
        return caseStudies.get(caseStudyId).getPartnerId();
    }

    @Override
    public Map<String, Object> complete(String taskKey, long caseStudyId, Caller caller, TaskInput input) {
        if (!CaseStudyProcess.USER_REVIEW_CASE_STUDY.equals(taskKey)) {
            throw new IllegalStateException("No form handler for task " + taskKey);
        }
        CaseStudyProcess.Decision decision = CaseStudyProcess.Decision.valueOf(input.decision().name());
        caseStudies.decide(caseStudyId, decision == CaseStudyProcess.Decision.APPROVE, input.comment(), caller.username());
        Map<String, Object> variables = new HashMap<>();
        CaseStudyProcess.DECISION.put(variables, decision.name());
        return variables;
    }
}
