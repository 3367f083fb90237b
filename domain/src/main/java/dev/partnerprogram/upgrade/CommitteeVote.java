package dev.partnerprogram.upgrade;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One committee member's vote on a General upgrade, always with the reason. */
@Entity
@Table(name = "committee_vote")
public class CommitteeVote extends Identified {

    private Long applicationId;
    private String voter;
    private boolean approve;
    private String comment;
    private Instant votedAt;

    protected CommitteeVote() {}

    CommitteeVote(Long applicationId, String voter, boolean approve, String comment, Instant votedAt) {
        this.applicationId = applicationId;
        this.voter = voter;
        this.approve = approve;
        this.comment = comment;
        this.votedAt = votedAt;
    }

    public Long getApplicationId() { return applicationId; }
    public String getVoter() { return voter; }
    public boolean isApprove() { return approve; }
    public String getComment() { return comment; }
    public Instant getVotedAt() { return votedAt; }
}
