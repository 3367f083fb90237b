package dev.partnerprogram.identity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An owner's invitation of a colleague into the company; its link is used when the colleague accepts. */
@Entity
@Table(name = "company_invitation")
@AttributeOverride(name = "usedAt", column = @Column(name = "accepted_at"))
public class CompanyInvitation extends SingleUseToken {

    private Long partnerId;
    private String email;
    private String displayName;
    private String language;
    private String invitedBy;
    private Long userId;

    protected CompanyInvitation() {}

    CompanyInvitation(long partnerId, String email, String displayName, String language, String tokenHash,
                      String invitedBy, Instant createdAt, Instant expiresAt) {
        super(tokenHash, createdAt, expiresAt);
        this.partnerId = partnerId;
        this.email = email;
        this.displayName = displayName;
        this.language = language;
        this.invitedBy = invitedBy;
    }

    void accepted(long userId, Instant now) {
        this.userId = userId;
        use(now);
    }

    public Long getPartnerId() { return partnerId; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public String getLanguage() { return language; }
    public String getInvitedBy() { return invitedBy; }
}
