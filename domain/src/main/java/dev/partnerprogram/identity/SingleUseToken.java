package dev.partnerprogram.identity;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A single-use link sent by mail (a password link, a colleague's invitation): only the SHA-256 digest of its token is
 * stored; it can be used once, before it expires.
 */
@MappedSuperclass
public abstract class SingleUseToken extends Identified {

    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected SingleUseToken() {}

    protected SingleUseToken(String tokenHash, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    /** Expires it now, when it has not expired yet. */
    void withdraw(Instant now) {
        if (expiresAt.isAfter(now)) {
            this.expiresAt = now;
        }
    }

    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
}
