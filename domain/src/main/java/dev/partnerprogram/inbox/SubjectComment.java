package dev.partnerprogram.inbox;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note on what a task is about (an application, an enrolment, a claim), for staff only or for the partner too. */
@Entity
@Table(name = "subject_comment")
public class SubjectComment extends Identified {

    public enum Visibility {
        /** Reviewers and managers only. */
        STAFF,
        /** The partner's users read it too. */
        PARTNER
    }

    private String subjectType;
    private Long subjectId;
    private Long partnerId;
    private String author;
    private String authorName;
    private boolean staffAuthor;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    private String body;
    private Instant createdAt;

    protected SubjectComment() {}

    SubjectComment(String subjectType, Long subjectId, Long partnerId, String author, String authorName, boolean staffAuthor,
                   Visibility visibility, String body, Instant createdAt) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.partnerId = partnerId;
        this.author = author;
        this.authorName = authorName;
        this.staffAuthor = staffAuthor;
        this.visibility = visibility;
        this.body = body;
        this.createdAt = createdAt;
    }

    public String getSubjectType() { return subjectType; }
    public Long getSubjectId() { return subjectId; }
    public Long getPartnerId() { return partnerId; }
    public String getAuthor() { return author; }
    public String getAuthorName() { return authorName; }
    public boolean isStaffAuthor() { return staffAuthor; }
    public Visibility getVisibility() { return visibility; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
