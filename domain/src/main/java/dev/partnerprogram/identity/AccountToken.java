package dev.partnerprogram.identity;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use link sent by mail; only the SHA-256 digest of its token is stored. */
@Entity
@Table(name = "account_token")
public class AccountToken extends Identified {

    public enum Purpose { SET_PASSWORD, RESET_PASSWORD, CONFIRM_EMAIL }

    private String tokenHash;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private Long userId;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected AccountToken() {}

    AccountToken(String tokenHash, Purpose purpose, long userId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.userId = userId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    public Purpose getPurpose() { return purpose; }
    public Long getUserId() { return userId; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
}
