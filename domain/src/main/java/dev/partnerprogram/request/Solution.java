package dev.partnerprogram.request;

import dev.partnerprogram.common.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A solution of the vendor's list that partners may ask solution-sale help for; administrators keep the list. */
@Entity
@Table(name = "sales_solution")
public class Solution extends Versioned {

    private String name;
    private boolean active;
    private Instant createdAt;

    protected Solution() {}

    Solution(String name, Instant at) {
        this.name = name;
        this.active = true;
        this.createdAt = at;
    }

    void change(String name, boolean active) {
        this.name = name;
        this.active = active;
    }

    public String getName() { return name; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
}
