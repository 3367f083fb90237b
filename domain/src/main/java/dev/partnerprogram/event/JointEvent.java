package dev.partnerprogram.event;

import dev.partnerprogram.common.ProcessSubject;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A partner's marketing event at which it asks vendor staff to take part. */
@Entity
@Table(name = "joint_event")
public class JointEvent extends ProcessSubject {

    private String title;
    private LocalDate eventDate;
    private String city;

    @Enumerated(EnumType.STRING)
    private EventFormat format;

    private int expectedAudience;
    private String vendorRequest;

    @Enumerated(EnumType.STRING)
    private JointEventState state;

    private LocalDate proposedDate;
    private String staffNames;
    private String decisionReason;
    private Instant submittedAt;

    protected JointEvent() {}

    /** A checked request, as the partner submitted it. */
    JointEvent(Long partnerId, JointEventRequest request, Instant at) {
        super(partnerId, at);
        this.title = request.title().trim();
        this.eventDate = request.date();
        this.city = request.city().trim();
        this.format = request.format();
        this.expectedAudience = request.expectedAudience();
        this.vendorRequest = request.vendorRequest().trim();
        this.state = JointEventState.SUBMITTED;
        this.submittedAt = at;
    }

    void moveTo(JointEventState newState, Instant at) {
        this.state = newState;
        touch(at);
    }

    void recordDecision(String reason, String staffNames, LocalDate proposedDate) {
        this.decisionReason = reason;
        this.staffNames = staffNames;
        this.proposedDate = proposedDate;
    }

    void moveDate() {
        this.eventDate = proposedDate;
        this.proposedDate = null;
    }

    public String getTitle() { return title; }
    public LocalDate getEventDate() { return eventDate; }
    public String getCity() { return city; }
    public EventFormat getFormat() { return format; }
    public int getExpectedAudience() { return expectedAudience; }
    public String getVendorRequest() { return vendorRequest; }
    public JointEventState getState() { return state; }
    public LocalDate getProposedDate() { return proposedDate; }
    public String getStaffNames() { return staffNames; }
    public String getDecisionReason() { return decisionReason; }
    public Instant getSubmittedAt() { return submittedAt; }
}
