package dev.partnerprogram.processes;

/**
 * The names in {@code bpmn/case-study.bpmn}: marketing reviews a partner's case study and approves it for the
 * partner's public directory page or rejects it with the reason. The business key is the case study id.
 */
public final class CaseStudyProcess {
    public static final String KEY = "case-study";
    public static final String RESOURCE = "bpmn/case-study.bpmn";

    public static final ProcessVariable<Long> CASE_STUDY_ID = ProcessVariable.longVariable("caseStudyId");
    public static final ProcessVariable<Long> PARTNER_ID = ProcessVariable.longVariable("partnerId");
    /** Marketing's decision, a {@link Decision} name. */
    public static final ProcessVariable<String> DECISION = ProcessVariable.stringVariable("decision").routingOnly();

    public static final String START = "start_case_study_submitted";
    public static final String USER_REVIEW_CASE_STUDY = "user_review_case_study";
    public static final String GATEWAY_DECISION = "gateway_decision";
    public static final String END_CASE_STUDY_APPROVED = "end_case_study_approved";
    public static final String END_CASE_STUDY_REJECTED = "end_case_study_rejected";

    /** What marketing decides. */
    public enum Decision { APPROVE, REJECT }

    private CaseStudyProcess() {}
}
