package dev.partnerprogram.common;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A row whose id is known before it is stored (an engine task's id, say). Spring Data cannot tell such a new row from a
 * stored one by its id and would merge it — a SELECT before every INSERT; this one knows whether it was loaded or stored.
 */
@MappedSuperclass
public abstract class AssignedId<I> implements Persistable<I> {

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void stored() {
        stored = true;
    }
}
