package dev.partnerprogram.identity;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.GoneException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.PeopleAuditEntry.Action;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import dev.partnerprogram.partner.PartnerRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of one partner company: its first user (the owner) invites colleagues by a single-use mailed link and
 * deactivates them; every user of the company is in its task group, so the company's tasks are open to each of them.
 */
@Service
public class CompanyUsersService {

    /** An invitation just made: the token is only in the mail. */
    public record Invited(CompanyInvitation invitation, String url) {}

    private final AppUserRepository users;
    private final CompanyInvitationRepository invitations;
    private final PartnerRepository partners;
    private final PeopleAuditRepository audit;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final Notifier notifier;
    private final Clock clock;
    private final String publicUrl;
    private final Duration validity;

    public CompanyUsersService(AppUserRepository users, CompanyInvitationRepository invitations, PartnerRepository partners,
                               PeopleAuditRepository audit, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                               Notifier notifier, Clock clock,
                               @Value("${partner-program.mail.public-url}") String publicUrl,
                               @Value("${partner-program.people.invitation-valid-for}") Duration validity) {
        this.users = users;
        this.invitations = invitations;
        this.partners = partners;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.notifier = notifier;
        this.clock = clock;
        this.publicUrl = PeopleService.baseUrl(publicUrl);
        this.validity = validity;
    }

    /** The company's users, the owner first. */
    @Transactional(readOnly = true)
    public List<AppUser> users(long partnerId) {
        return users.findByPartnerId(partnerId).stream()
                .sorted(Comparator.comparing((AppUser u) -> !u.isOwner()).thenComparing(AppUser::getUsername)).toList();
    }

    @Transactional(readOnly = true)
    public List<CompanyInvitation> pendingInvitations(long partnerId) {
        return invitations.findPending(partnerId, clock.instant());
    }

    /** Whether the signed-in user is the company's owner (only the owner invites and deactivates). */
    @Transactional(readOnly = true)
    public boolean isOwner(String username, long partnerId) {
        return users.findByUsername(username)
                .filter(u -> u.isEnabled() && u.isOwner() && Long.valueOf(partnerId).equals(u.getPartnerId())).isPresent();
    }

    /**
     * Mails a colleague a single-use link into the company. The invitation and its mail are one transaction: an
     * invitation whose mail could not be queued is not stored. A newer invitation to the same address replaces the older.
     */
    @Transactional
    public Invited invite(String owner, long partnerId, String email, String displayName, String language) {
        requireOwner(owner, partnerId);
        List<FieldViolation> errors = new ArrayList<>();
        if (FieldChecks.require(errors, "email", email, 200) && !PeopleService.EMAIL.matcher(email.trim()).matches()) {
            errors.add(new FieldViolation("email", "error.email"));
        }
        FieldChecks.require(errors, "displayName", displayName, 200);
        FieldChecks.throwIfAny(errors);
        String address = email.trim().toLowerCase(Locale.ROOT);
        if (users.existsByUsername(address) || users.existsByEmailIgnoreCase(address)) {
            throw new ConflictException("conflict.emailTaken");
        }
        Instant now = clock.instant();
        invitations.findPendingTo(partnerId, address, now).forEach(i -> i.withdraw(now));
        String token = PeopleService.newToken();
        CompanyInvitation invitation = invitations.save(new CompanyInvitation(partnerId, address, displayName.trim(),
                RegistrationService.normalizeLanguage(language), PeopleService.digest(token), owner, now, now.plus(validity)));
        String url = publicUrl + "/invitations/accept?token=" + token;
        String company = partners.findById(partnerId).orElseThrow().getCompanyName();
        String inviter = users.findByUsername(owner).map(AppUser::getDisplayName).orElse(owner);
        notifier.notify(address, invitation.getLanguage(), MailTemplate.COMPANY_INVITATION,
                "company-invitation:" + invitation.getId(), invitation.getDisplayName(), inviter, company, url, validity.toDays());
        record(owner, Action.INVITATION_SENT, address, "partner=" + partnerId);
        return new Invited(invitation, url);
    }

    /** The invitation a link stands for, while it may still be accepted; otherwise 410. */
    @Transactional(readOnly = true)
    public CompanyInvitation checkInvitation(String token) {
        if (token == null || token.isBlank()) {
            throw new GoneException("gone.link");
        }
        return invitations.findByTokenHash(PeopleService.digest(token)).filter(i -> i.usableAt(clock.instant()))
                .orElseThrow(() -> new GoneException("gone.link"));
    }

    /** Makes the invited colleague a user of the company, once: a used or expired link is 410. */
    @Transactional(noRollbackFor = GoneException.class)
    public AppUser accept(String token, String displayName, String password) {
        Instant now = clock.instant();
        CompanyInvitation invitation = token == null || token.isBlank() ? null
                : invitations.findForUse(PeopleService.digest(token)).orElse(null);
        if (invitation == null || !invitation.usableAt(now)) {
            throw new GoneException("gone.link");
        }
        String name = displayName == null || displayName.isBlank() ? invitation.getDisplayName() : displayName.trim();
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.maxLength(errors, "displayName", name, 200);
        FieldChecks.throwIfAny(errors);
        policy.check("password", password);
        if (users.existsByUsername(invitation.getEmail())) {
            throw new ConflictException("conflict.emailTaken");
        }
        AppUser user = users.save(new AppUser(invitation.getEmail(), invitation.getEmail(), passwordEncoder.encode(password),
                name, invitation.getLanguage(), Set.of(Role.PARTNER), List.of(), invitation.getPartnerId(), now));
        invitation.accepted(user.getId(), now);
        record(user.getUsername(), Action.INVITATION_ACCEPTED, user.getUsername(),
                "partner=" + invitation.getPartnerId() + " invitedBy=" + invitation.getInvitedBy());
        return user;
    }

    /** The owner deactivates a colleague (or activates one again); never the owner themself (409). */
    @Transactional
    public AppUser changeActive(String owner, long partnerId, String username, boolean active) {
        requireOwner(owner, partnerId);
        AppUser colleague = users.findByUsername(PeopleService.normalize(username))
                .filter(u -> Long.valueOf(partnerId).equals(u.getPartnerId()))
                .orElseThrow(() -> new NotFoundException("notFound.user", username));
        if (colleague.isOwner()) {
            throw new ConflictException("conflict.ownerSelf");
        }
        if (colleague.isEnabled() != active) {
            colleague.setEnabled(active);
            record(owner, active ? Action.USER_ACTIVATED : Action.USER_DEACTIVATED, colleague.getUsername(),
                    "partner=" + partnerId);
        }
        return colleague;
    }

    private void requireOwner(String username, long partnerId) {
        if (!isOwner(username, partnerId)) {
            throw new ForbiddenException("forbidden.notOwner");
        }
    }

    private void record(String actor, Action action, String subject, String details) {
        audit.save(PeopleAuditEntry.of(clock.instant(), actor, action, subject, details));
    }
}
