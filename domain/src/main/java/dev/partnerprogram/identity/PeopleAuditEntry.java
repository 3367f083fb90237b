package dev.partnerprogram.identity;

import dev.partnerprogram.common.TrailEntry;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to a person: who did it, when, what, to whom; the comment holds its details. */
@Entity
@Table(name = "people_audit")
@AttributeOverride(name = "comment", column = @Column(name = "details"))
public class PeopleAuditEntry extends TrailEntry {

    /** What happened; texts under {@code people.audit.action.*}. */
    public enum Action {
        USER_CREATED, USER_CHANGED, USER_DEACTIVATED, USER_ACTIVATED, FIRST_ADMIN_CREATED,
        PASSWORD_LINK_SENT, RESET_REQUESTED, PASSWORD_SET, INVITATION_SENT, INVITATION_ACCEPTED,
        REGISTERED, EMAIL_CONFIRMED, REGISTRATION_LAPSED
    }

    @Enumerated(EnumType.STRING)
    private Action action;
    private String subject;

    protected PeopleAuditEntry() {}

    private PeopleAuditEntry(Instant at, String actor, Action action, String subject, String details) {
        super(at, actor, details);
        this.action = action;
        this.subject = subject;
    }

    /** An entry whose details are cut to the column's 1000 characters. */
    static PeopleAuditEntry of(Instant at, String actor, Action action, String subject, String details) {
        return new PeopleAuditEntry(at, actor, action, subject,
                details == null ? null : details.substring(0, Math.min(details.length(), 1000)));
    }

    public Action getAction() { return action; }
    public String getSubject() { return subject; }
}
