package dev.partnerprogram.upgrade;

import dev.partnerprogram.common.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One goal of a development plan; the plan's completion is the share of its goals done. */
@Entity
@Table(name = "development_plan_item")
public class DevelopmentPlanItem extends Versioned {

    private Long partnerId;
    private String title;
    private LocalDate dueOn;
    private boolean done;
    private Instant doneAt;
    private String doneBy;
    private String createdBy;
    private Instant createdAt;

    protected DevelopmentPlanItem() {}

    DevelopmentPlanItem(Long partnerId, String title, LocalDate dueOn, String createdBy, Instant createdAt) {
        this.partnerId = partnerId;
        this.title = title;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void mark(boolean done, String actor, Instant at) {
        this.done = done;
        this.doneBy = done ? actor : null;
        this.doneAt = done ? at : null;
    }

    public Long getPartnerId() { return partnerId; }
    public String getTitle() { return title; }
    public LocalDate getDueOn() { return dueOn; }
    public boolean isDone() { return done; }
    public Instant getDoneAt() { return doneAt; }
    public String getDoneBy() { return doneBy; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
