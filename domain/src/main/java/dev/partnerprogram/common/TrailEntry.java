package dev.partnerprogram.common;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * One line of an object's audit trail: when, who (a user name, or {@link #SYSTEM} for a step the process took by
 * itself) and, where given, why. A line is written once and never changed. Subclasses add the object and the action.
 */
@MappedSuperclass
public abstract class TrailEntry extends Identified {

    public static final String SYSTEM = "system";

    private Instant at;
    private String actor;
    private String comment;

    protected TrailEntry() {}

    protected TrailEntry(Instant at, String actor, String comment) {
        this.at = at;
        this.actor = actor;
        this.comment = comment;
    }

    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getComment() { return comment; }
}
