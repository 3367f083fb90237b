package dev.partnerprogram.workflow.identity;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.PeopleAuditEntry;
import dev.partnerprogram.identity.PeopleAuditFilter;
import dev.partnerprogram.identity.PeopleService;
import dev.partnerprogram.identity.StaffAccount;
import dev.partnerprogram.identity.StaffChange;
import dev.partnerprogram.identity.RateLimits;
import dev.partnerprogram.identity.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The door to people: administrators manage staff accounts and read the people audit; anybody holding a link sets a
 * password with it; anybody may ask for a reset link. The groups given here are the ones the inbox offers tasks by.
 */
@Service
public class People {

    public record StaffView(String username, String displayName, String email, String language, Set<Role> roles,
                            List<String> groups, boolean active, Instant createdAt) {
        static StaffView of(AppUser u) {
            return new StaffView(u.getUsername(), u.getDisplayName(), u.getEmail(), u.getLanguage(), u.roles(),
                    u.reviewerGroups(), u.isEnabled(), u.getCreatedAt());
        }
    }

    public record AuditView(long id, Instant at, String actor, PeopleAuditEntry.Action action, String subject, String details) {
        static AuditView of(PeopleAuditEntry e) {
            return new AuditView(e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getSubject(), e.getComment());
        }
    }

    private final PeopleService people;
    private final RateLimits rateLimits;

    public People(PeopleService people, RateLimits rateLimits) {
        this.people = people;
        this.rateLimits = rateLimits;
    }

    public List<StaffView> staff(Caller caller) {
        requireAdmin(caller);
        return people.staff().stream().map(StaffView::of).toList();
    }

    public StaffView staffMember(Caller caller, String username) {
        requireAdmin(caller);
        return StaffView.of(people.staffMember(username));
    }

    public StaffView createStaff(Caller caller, StaffAccount account) {
        requireAdmin(caller);
        return StaffView.of(people.createStaff(caller.username(), account));
    }

    public StaffView changeStaff(Caller caller, String username, StaffChange change) {
        requireAdmin(caller);
        return StaffView.of(people.changeStaff(caller.username(), username, change));
    }

    public Page<AuditView> audit(Caller caller, PeopleAuditFilter filter, Pageable page) {
        requireAdmin(caller);
        return people.audit(filter, page).map(AuditView::of);
    }

    /** A reset asked for from {@code client} (its network address), counted against the rate limits first. */
    public void requestReset(String email, String client) {
        rateLimits.count(RateLimits.Action.PASSWORD_RESET, email, client);
        people.requestReset(email);
    }

    /** The name of the user whose link this is, or 410 if it was used or has expired. */
    public String checkLink(String token) {
        return people.checkLink(token);
    }

    /** Sets the password through the link; answers the user's name. */
    public String setPassword(String token, String password) {
        return people.setPassword(token, password);
    }

    public boolean anyActiveAdmin() {
        return people.anyActiveAdmin();
    }

    /** The first administrator, from the command line (no caller: nobody can sign in yet). */
    public PeopleService.Link createFirstAdmin(String username, String email, String displayName) {
        return people.createFirstAdmin(username, email, displayName);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new ForbiddenException("forbidden.role");
        }
    }
}
