package dev.partnerprogram.workflow.identity;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.CompanyInvitation;
import dev.partnerprogram.identity.CompanyUsersService;
import dev.partnerprogram.identity.RateLimits;
import dev.partnerprogram.identity.Role;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The door to a partner company's users: every user of the company and managers read the list; the owner invites and
 * deactivates colleagues; anybody holding an invitation link accepts it. Another company's caller learns nothing (404).
 */
@Service
public class CompanyUsers {

    public record CompanyUser(String username, String displayName, String email, boolean owner, boolean active) {
        static CompanyUser of(AppUser u) {
            return new CompanyUser(u.getUsername(), u.getDisplayName(), u.getEmail(), u.isOwner(), u.isEnabled());
        }
    }

    public record InvitationView(String email, String displayName, String invitedBy, Instant createdAt, Instant expiresAt) {
        static InvitationView of(CompanyInvitation i) {
            return new InvitationView(i.getEmail(), i.getDisplayName(), i.getInvitedBy(), i.getCreatedAt(), i.getExpiresAt());
        }
    }

    /** What the accept page shows: who is invited into which company. */
    public record Invitation(String email, String displayName, long partnerId) {}

    private final CompanyUsersService companyUsers;
    private final RateLimits rateLimits;

    public CompanyUsers(CompanyUsersService companyUsers, RateLimits rateLimits) {
        this.companyUsers = companyUsers;
        this.rateLimits = rateLimits;
    }

    public List<CompanyUser> users(Caller caller, long partnerId) {
        if (!caller.ownsPartner(partnerId) && !caller.has(Role.MANAGER) && !caller.has(Role.ADMIN)) {
            throw refusal(caller);
        }
        return companyUsers.users(partnerId).stream().map(CompanyUser::of).toList();
    }

    /** The invitations still open; the owner's to see. */
    public List<InvitationView> pendingInvitations(Caller caller, long partnerId) {
        requireOwner(caller, partnerId);
        return companyUsers.pendingInvitations(partnerId).stream().map(InvitationView::of).toList();
    }

    public boolean isOwner(Caller caller) {
        return caller.partnerId() != null && companyUsers.isOwner(caller.username(), caller.partnerId());
    }

    /** An invitation asked for from {@code client} (its network address), counted against the rate limits first. */
    public InvitationView invite(Caller caller, long partnerId, String email, String displayName, String language,
                                 String client) {
        requireCompany(caller, partnerId);
        rateLimits.count(RateLimits.Action.INVITATION, email, client);
        return InvitationView.of(companyUsers.invite(caller.username(), partnerId, email, displayName, language).invitation());
    }

    public CompanyUser changeActive(Caller caller, long partnerId, String username, boolean active) {
        requireCompany(caller, partnerId);
        return CompanyUser.of(companyUsers.changeActive(caller.username(), partnerId, username, active));
    }

    /** The invitation behind a link, or 410 if it was used or has expired. */
    public Invitation checkInvitation(String token) {
        CompanyInvitation i = companyUsers.checkInvitation(token);
        return new Invitation(i.getEmail(), i.getDisplayName(), i.getPartnerId());
    }

    public CompanyUser accept(String token, String displayName, String password) {
        return CompanyUser.of(companyUsers.accept(token, displayName, password));
    }

    private void requireOwner(Caller caller, long partnerId) {
        requireCompany(caller, partnerId);
        if (!companyUsers.isOwner(caller.username(), partnerId)) {
            throw new ForbiddenException("forbidden.notOwner");
        }
    }

    /** Only the company's own users go further; the service then insists on the owner. */
    private static void requireCompany(Caller caller, long partnerId) {
        if (!caller.ownsPartner(partnerId)) {
            throw refusal(caller);
        }
    }

    /** Staff are refused by role; another company is answered as if the company did not exist. */
    private static RuntimeException refusal(Caller caller) {
        return caller.isStaff() ? new ForbiddenException("forbidden.role") : new NotFoundException("notFound.partner");
    }
}
