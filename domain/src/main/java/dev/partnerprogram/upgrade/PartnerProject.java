package dev.partnerprogram.upgrade;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A partner's implementation project, entered by the partner. Only a reviewer's confirmation makes it evidence: an
 * edited project is reviewed again.
 */
@Entity
@Table(name = "partner_project")
public class PartnerProject extends Versioned {

    public enum Status { IN_PROGRESS, COMPLETED }

    public enum Review { PENDING, CONFIRMED, REJECTED }

    private Long partnerId;
    private String customer;
    private String title;

    @Enumerated(EnumType.STRING)
    private ProjectComplexity complexity;

    private LocalDate startedOn;
    private LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String caseStudy;

    @Enumerated(EnumType.STRING)
    private Review reviewState;

    private String reviewedBy;
    private Instant reviewedAt;
    private String reviewComment;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    protected PartnerProject() {}

    PartnerProject(Long partnerId, ProjectService.ProjectInput input, String createdBy, Instant at) {
        this.partnerId = partnerId;
        this.createdBy = createdBy;
        this.createdAt = at;
        apply(input, at);
    }

    void apply(ProjectService.ProjectInput input, Instant at) {
        customer = input.customer().trim();
        title = input.title().trim();
        complexity = input.complexity();
        startedOn = input.startedOn();
        completedOn = input.completedOn();
        status = input.completedOn() == null ? Status.IN_PROGRESS : Status.COMPLETED;
        caseStudy = input.caseStudy() == null || input.caseStudy().isBlank() ? null : input.caseStudy().trim();
        reviewState = Review.PENDING;
        reviewedBy = null;
        reviewedAt = null;
        reviewComment = null;
        updatedAt = at;
    }

    void review(boolean confirm, String comment, String actor, Instant at) {
        if (reviewState != Review.PENDING) {
            throw new ConflictException("conflict.project.final", Message.label("project.review", reviewState));
        }
        reviewState = confirm ? Review.CONFIRMED : Review.REJECTED;
        reviewComment = comment;
        reviewedBy = actor;
        reviewedAt = at;
    }

    public Long getPartnerId() { return partnerId; }
    public String getCustomer() { return customer; }
    public String getTitle() { return title; }
    public ProjectComplexity getComplexity() { return complexity; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getCompletedOn() { return completedOn; }
    public Status getStatus() { return status; }
    public String getCaseStudy() { return caseStudy; }
    public Review getReviewState() { return reviewState; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewComment() { return reviewComment; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
