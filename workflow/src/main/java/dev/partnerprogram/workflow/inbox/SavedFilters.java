package dev.partnerprogram.workflow.inbox;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.inbox.InboxFilter;
import dev.partnerprogram.inbox.SavedInboxFilter;
import dev.partnerprogram.inbox.SavedInboxFilterRepository;
import dev.partnerprogram.workflow.task.TaskInbox;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's saved views of the inbox, each with the number of open tasks it shows now. Every user sees and changes
 * only their own; another user's filter is "not found".
 */
@Service
public class SavedFilters {
    /** Longest name of a saved filter (the column's width). */
    public static final int MAX_NAME = 60;
    /** Most filters one user keeps: each is one count on every visit of the workbench. */
    public static final int MAX_PER_USER = 20;

    private final SavedInboxFilterRepository filters;
    private final TaskInbox inbox;
    private final Clock clock;

    public SavedFilters(SavedInboxFilterRepository filters, TaskInbox inbox, Clock clock) {
        this.filters = filters;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** A saved filter and how many of the caller's open tasks it shows. */
    public record View(long id, String name, InboxFilter filter, long count) {}

    @Transactional(readOnly = true)
    public List<View> list(Caller caller) {
        requireStaff(caller);
        return filters.findByUsernameOrderByNameAsc(caller.username()).stream()
                .map(f -> new View(f.getId(), f.getName(), f.filter(), inbox.count(caller, f.filter())))
                .toList();
    }

    /** Saves the filter under a name the caller has not used yet (a second save of the same name is a conflict, 409). */
    @Transactional
    public View save(Caller caller, String name, InboxFilter filter) {
        requireStaff(caller);
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "error.required");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new InvalidInputException("name", "error.maxLength", MAX_NAME);
        }
        if (filters.existsByUsernameAndName(caller.username(), trimmed)) {
            throw new ConflictException("conflict.savedFilterExists", trimmed);
        }
        if (filters.countByUsername(caller.username()) >= MAX_PER_USER) {
            throw new InvalidInputException("name", "error.savedFilter.tooMany", MAX_PER_USER);
        }
        try {
            SavedInboxFilter saved = filters.saveAndFlush(new SavedInboxFilter(caller.username(), trimmed, filter, clock.instant()));
            return new View(saved.getId(), saved.getName(), filter, inbox.count(caller, filter));
        } catch (DataIntegrityViolationException e) {
            // The same name saved by a concurrent request of the same user: the unique index decided.
            throw new ConflictException("conflict.savedFilterExists", trimmed);
        }
    }

    @Transactional
    public void delete(Caller caller, long id) {
        requireStaff(caller);
        filters.delete(filters.findByIdAndUsername(id, caller.username())
                .orElseThrow(() -> new NotFoundException("notFound.savedFilter")));
    }

    private static void requireStaff(Caller caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenException("forbidden.tasks.claim");
        }
    }
}
