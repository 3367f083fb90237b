package dev.partnerprogram.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A row that changes over its life: its {@code version} column makes a change that was based on an older read fail
 * (optimistic locking) instead of silently overwriting another one.
 */
@MappedSuperclass
public abstract class Versioned extends Identified {

    @Version
    @Column(nullable = false)
    private long version;

    public long getVersion() {
        return version;
    }
}
