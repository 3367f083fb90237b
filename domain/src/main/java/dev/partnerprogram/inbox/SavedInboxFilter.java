package dev.partnerprogram.inbox;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A view of the inbox a user named and keeps: the fields of an {@link InboxFilter}, as checked when it was saved. */
@Entity
@Table(name = "saved_inbox_filter")
public class SavedInboxFilter extends Identified {
    private String username;
    private String name;
    private String processKey;
    private String taskKey;
    private Long partnerId;
    private String region;
    private String due;
    private String assigned;
    private String search;
    private String sort;
    private Instant createdAt;

    protected SavedInboxFilter() {}

    public SavedInboxFilter(String username, String name, InboxFilter filter, Instant createdAt) {
        this.username = username;
        this.name = name;
        this.processKey = filter.processKey();
        this.taskKey = filter.taskKey();
        this.partnerId = filter.partnerId();
        this.region = filter.region();
        this.due = filter.due() == null ? null : filter.due().name();
        this.assigned = filter.assignment() == null ? null : filter.assignment().name();
        this.search = filter.search();
        this.sort = filter.sort().name();
        this.createdAt = createdAt;
    }

    /** The filter as saved; its fields were checked by {@link InboxFilter#of} before they were stored. */
    public InboxFilter filter() {
        return InboxFilter.of(processKey, taskKey, partnerId == null ? null : partnerId.toString(), region, due, assigned,
                search, sort);
    }

    public String getUsername() { return username; }
    public String getName() { return name; }
    public Instant getCreatedAt() { return createdAt; }
}
