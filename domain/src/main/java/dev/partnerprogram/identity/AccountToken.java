package dev.partnerprogram.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's link to set a password, reset a forgotten one or confirm an e-mail address. */
@Entity
@Table(name = "account_token")
public class AccountToken extends SingleUseToken {

    public enum Purpose { SET_PASSWORD, RESET_PASSWORD, CONFIRM_EMAIL }

    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private Long userId;

    protected AccountToken() {}

    AccountToken(String tokenHash, Purpose purpose, long userId, Instant createdAt, Instant expiresAt) {
        super(tokenHash, createdAt, expiresAt);
        this.purpose = purpose;
        this.userId = userId;
    }

    public Purpose getPurpose() { return purpose; }
    public Long getUserId() { return userId; }
}
