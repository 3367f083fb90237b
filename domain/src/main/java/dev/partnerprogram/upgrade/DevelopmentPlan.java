package dev.partnerprogram.upgrade;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A partner's development plan, drafted with its partner development manager (assigned with the plan). */
@Entity
@Table(name = "development_plan")
public class DevelopmentPlan {

    @Id
    private Long partnerId;

    private String manager;
    private Instant createdAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected DevelopmentPlan() {}

    DevelopmentPlan(Long partnerId, String manager, Instant createdAt) {
        this.partnerId = partnerId;
        this.manager = manager;
        this.createdAt = createdAt;
    }

    void assign(String manager) {
        this.manager = manager;
    }

    public Long getPartnerId() { return partnerId; }
    public String getManager() { return manager; }
    public Instant getCreatedAt() { return createdAt; }
}
