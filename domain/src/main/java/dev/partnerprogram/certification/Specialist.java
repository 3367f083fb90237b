package dev.partnerprogram.certification;

import dev.partnerprogram.common.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An employee of a partner who takes exams. Certificates are personal; once the specialist has left the company
 * they no longer count for it.
 */
@Entity
@Table(name = "specialist")
public class Specialist extends Versioned {

    private Long partnerId;
    private String name;
    private String email;
    private String language;
    private Instant leftAt;
    private Instant createdAt;

    protected Specialist() {}

    Specialist(Long partnerId, String name, String email, String language, Instant createdAt) {
        this.partnerId = partnerId;
        this.name = name;
        this.email = email;
        this.language = language;
        this.createdAt = createdAt;
    }

    /** Registered again by the company: the name may have changed, and a specialist who had left is back. */
    void rejoin(String name) {
        this.name = name;
        this.leftAt = null;
    }

    void leave(Instant at) {
        if (leftAt == null) {
            leftAt = at;
        }
    }

    public boolean isActive() {
        return leftAt == null;
    }

    public Long getPartnerId() { return partnerId; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getLanguage() { return language; }
    public Instant getLeftAt() { return leftAt; }
    public Instant getCreatedAt() { return createdAt; }
}
