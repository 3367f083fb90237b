package dev.partnerprogram.identity;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to a person: who did it, when, what, to whom. */
@Entity
@Table(name = "people_audit")
public class PeopleAuditEntry extends Identified {

    /** What happened; texts under {@code people.audit.action.*}. */
    public enum Action {
        USER_CREATED, USER_CHANGED, USER_DEACTIVATED, USER_ACTIVATED, FIRST_ADMIN_CREATED,
        PASSWORD_LINK_SENT, RESET_REQUESTED, PASSWORD_SET, INVITATION_SENT, INVITATION_ACCEPTED,
        REGISTERED, EMAIL_CONFIRMED, REGISTRATION_LAPSED
    }

    private Instant at;
    private String actor;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;
    private String subject;
    private String details;

    protected PeopleAuditEntry() {}

    PeopleAuditEntry(Instant at, String actor, Action action, String subject, String details) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.details = details;
    }

    /** An entry whose details are cut to the column's 1000 characters. */
    static PeopleAuditEntry of(Instant at, String actor, Action action, String subject, String details) {
        return new PeopleAuditEntry(at, actor, action, subject,
                details == null ? null : details.substring(0, Math.min(details.length(), 1000)));
    }

    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public Action getAction() { return action; }
    public String getSubject() { return subject; }
    public String getDetails() { return details; }
}
