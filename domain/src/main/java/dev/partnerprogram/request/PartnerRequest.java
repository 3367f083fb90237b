package dev.partnerprogram.request;

import dev.partnerprogram.common.ProcessSubject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner's request to the vendor, the group the routing table sent it to, its deadline and its answer. */
@Entity
@Table(name = "partner_request")
public class PartnerRequest extends ProcessSubject {

    @Enumerated(EnumType.STRING)
    private PartnerRequestKind kind;

    @Enumerated(EnumType.STRING)
    private PartnerRequestState state;

    private Long solutionId;
    private String customerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "vendor_event")
    private VendorEvent event;

    @Enumerated(EnumType.STRING)
    private VendorEvent.Role eventRole;

    private Integer hours;
    private String details;
    private String answerGroup;
    private Instant dueAt;
    private String answer;
    private Long consultationId;
    private String answeredBy;
    private Instant answeredAt;
    private String createdBy;
    private Instant createdAt;

    protected PartnerRequest() {}

    PartnerRequest(long partnerId, NewPartnerRequest r, String actor, Instant at) {
        super(partnerId, at);
        this.kind = r.kind();
        this.state = PartnerRequestState.OPEN;
        this.solutionId = r.solutionId();
        this.customerName = r.customerName() == null ? null : r.customerName().trim();
        this.event = r.event();
        this.eventRole = r.eventRole();
        this.hours = r.hours();
        this.details = r.details().trim();
        this.createdBy = actor;
        this.createdAt = at;
    }

    void routed(String group, Instant dueAt, Instant at) {
        this.answerGroup = group;
        this.dueAt = dueAt;
        touch(at);
    }

    void answered(PartnerRequestState outcome, String answer, Long consultationId, String actor, Instant at) {
        this.state = outcome;
        this.answer = answer;
        this.consultationId = consultationId;
        this.answeredBy = actor;
        this.answeredAt = at;
        touch(at);
    }

    public PartnerRequestKind getKind() { return kind; }
    public PartnerRequestState getState() { return state; }
    public Long getSolutionId() { return solutionId; }
    public String getCustomerName() { return customerName; }
    public VendorEvent getEvent() { return event; }
    public VendorEvent.Role getEventRole() { return eventRole; }
    public Integer getHours() { return hours; }
    public String getDetails() { return details; }
    public String getAnswerGroup() { return answerGroup; }
    public Instant getDueAt() { return dueAt; }
    public String getAnswer() { return answer; }
    public Long getConsultationId() { return consultationId; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
