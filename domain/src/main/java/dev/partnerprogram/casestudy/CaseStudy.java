package dev.partnerprogram.casestudy;

import dev.partnerprogram.common.ProcessSubject;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner's project told as a case study, with the customer's consent, and marketing's decision on it. */
@Entity
@Table(name = "case_study")
public class CaseStudy extends ProcessSubject {

    private Long projectId;
    /** The project while this case study is in review or published; the unique key that keeps it one at a time. */
    private Long openProjectId;
    private String title;
    private String summary;
    private boolean customerConsent;

    @Enumerated(EnumType.STRING)
    private CaseStudyState state;

    private String decisionComment;
    private String decidedBy;
    private Instant decidedAt;
    private String createdBy;
    private Instant createdAt;

    protected CaseStudy() {}

    CaseStudy(long partnerId, long projectId, String title, String summary, String actor, Instant at) {
        super(partnerId, at);
        this.projectId = projectId;
        this.openProjectId = projectId;
        this.title = title;
        this.summary = summary;
        this.customerConsent = true;
        this.state = CaseStudyState.IN_REVIEW;
        this.createdBy = actor;
        this.createdAt = at;
    }

    void decided(CaseStudyState outcome, String comment, String actor, Instant at) {
        this.state = outcome;
        if (outcome == CaseStudyState.REJECTED) {
            this.openProjectId = null;
        }
        this.decisionComment = comment;
        this.decidedBy = actor;
        this.decidedAt = at;
        touch(at);
    }

    public Long getProjectId() { return projectId; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public boolean isCustomerConsent() { return customerConsent; }
    public CaseStudyState getState() { return state; }
    public String getDecisionComment() { return decisionComment; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
