package dev.partnerprogram.identity;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An owner's invitation of a colleague into the company; only the SHA-256 digest of its single-use token is stored. */
@Entity
@Table(name = "company_invitation")
public class CompanyInvitation extends Identified {

    private Long partnerId;
    private String email;
    private String displayName;
    private String language;
    private String tokenHash;
    private String invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant acceptedAt;
    private Long userId;

    protected CompanyInvitation() {}

    CompanyInvitation(long partnerId, String email, String displayName, String language, String tokenHash,
                      String invitedBy, Instant createdAt, Instant expiresAt) {
        this.partnerId = partnerId;
        this.email = email;
        this.displayName = displayName;
        this.language = language;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return acceptedAt == null && expiresAt.isAfter(now);
    }

    void accepted(long userId, Instant now) {
        this.userId = userId;
        this.acceptedAt = now;
    }

    /** A newer invitation to the same address replaces this one. */
    void withdraw(Instant now) {
        if (expiresAt.isAfter(now)) {
            this.expiresAt = now;
        }
    }

    public Long getPartnerId() { return partnerId; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public String getLanguage() { return language; }
    public String getInvitedBy() { return invitedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
}
