package dev.partnerprogram.application;

import dev.partnerprogram.common.ProcessSubject;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A company's request for a status; the process {@code partner-application} drives its state. */
@Entity
@Table(name = "status_application")
public class StatusApplication extends ProcessSubject {

    @Enumerated(EnumType.STRING)
    private RequestedStatus requestedStatus;

    @Enumerated(EnumType.STRING)
    private ApplicationState state;

    private String companyName;
    private String region;
    private String website;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String activities;
    private int teamSize;
    private String description;
    private String decisionReason;
    private boolean reviewOverdue;
    private Instant submittedAt;
    private Instant decidedAt;

    protected StatusApplication() {}

    StatusApplication(Long partnerId, RequestedStatus requestedStatus, ApplicationDetails details, Instant at) {
        super(partnerId, at);
        this.requestedStatus = requestedStatus;
        this.state = ApplicationState.SUBMITTED;
        this.submittedAt = at;
        apply(details, at);
    }

    void apply(ApplicationDetails d, Instant at) {
        companyName = d.companyName().trim();
        region = d.region().trim();
        website = d.website() == null || d.website().isBlank() ? null : d.website().trim();
        contactName = d.contactName().trim();
        contactEmail = d.contactEmail().trim();
        contactPhone = d.contactPhone().trim();
        activities = d.activities().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        teamSize = d.teamSize();
        description = d.description() == null ? null : d.description().trim();
        touch(at);
    }

    void moveTo(ApplicationState newState, Instant at) {
        state = newState;
        touch(at);
        if (newState.isFinal()) {
            decidedAt = at;
        }
    }

    void recordDecisionReason(String reason) {
        decisionReason = reason;
    }

    void flagOverdue(boolean overdue) {
        reviewOverdue = overdue;
    }

    public ApplicationDetails details() {
        return new ApplicationDetails(companyName, region, website, contactName, contactEmail, contactPhone,
                activitySet(), teamSize, description);
    }

    public Set<PlannedActivity> activitySet() {
        Set<PlannedActivity> result = EnumSet.noneOf(PlannedActivity.class);
        Arrays.stream(activities.split(",")).filter(s -> !s.isBlank()).map(PlannedActivity::valueOf).forEach(result::add);
        return result;
    }

    public RequestedStatus getRequestedStatus() { return requestedStatus; }
    public ApplicationState getState() { return state; }
    public String getCompanyName() { return companyName; }
    public String getRegion() { return region; }
    public String getWebsite() { return website; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public int getTeamSize() { return teamSize; }
    public String getDescription() { return description; }
    public String getDecisionReason() { return decisionReason; }
    public boolean isReviewOverdue() { return reviewOverdue; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getDecidedAt() { return decidedAt; }
}
