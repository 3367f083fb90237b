package dev.partnerprogram.workflow.task;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a process's tasks are about, spelled once. The code is what the inbox, comments and the API call the type
 * (and what the comment and inbox tables keep); the page is where a user sees the subject and, except for
 * applications, works its open task.
 */
public enum SubjectType {
    APPLICATION("application", "/applications/%d", false),
    ENROLLMENT("enrollment", "/training/enrollments/%d", true),
    CERTIFICATION("certification", "/certifications/%d", true),
    COMPENSATION("compensation", "/compensations/%d", true),
    JOINT_EVENT("joint-event", "/events/%d", true),
    /** A partner's tier decisions are worked on its tier page. */
    PARTNER("partner", "/partners/%d/tier", true),
    /** A partner's agreement, by the partner's id: its renewal is uploaded and reviewed in the inbox. */
    AGREEMENT("agreement", "/partners/%d/agreement", false),
    /** A registered deal: the managers' review and the partner's outcome are worked on its page. */
    DEAL("deal", "/deals/%d", true),
    /** A project offered to partners in turn: the partner holding the offer answers on its page. */
    HANDOVER("handover", "/handovers/%d", true),
    /** A partner's request: the answering group works it on its page. */
    PARTNER_REQUEST("partner-request", "/partner-requests/%d", true),
    /** A partner's case study: marketing reviews it on its page. */
    CASE_STUDY("case-study", "/case-studies/%d", true);

    private final String code;
    private final String page;
    private final boolean tasksOnPage;

    SubjectType(String code, String page, boolean tasksOnPage) {
        this.code = code;
        this.page = page;
        this.tasksOnPage = tasksOnPage;
    }

    public String code() {
        return code;
    }

    public String page(long id) {
        return page.formatted(id);
    }

    /** Whether the subject's own page carries its open task's form; an application's tasks are worked in the inbox. */
    public boolean tasksOnPage() {
        return tasksOnPage;
    }

    public static Optional<SubjectType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
