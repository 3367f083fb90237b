package dev.partnerprogram.identity;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.GoneException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.AccountToken.Purpose;
import dev.partnerprogram.identity.PeopleAuditEntry.Action;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor's staff accounts and everybody's passwords: administrators create, change and deactivate staff (never the
 * last active administrator); a new account and a forgotten password get a single-use link by mail; every change is
 * written to the people audit.
 */
@Service
public class PeopleService {

    /** A link just made: the token goes into the mail (or is printed), never into the database. */
    public record Link(String username, String url, Instant expiresAt) {}

    static final Set<Role> STAFF_ROLES = EnumSet.of(Role.REVIEWER, Role.MANAGER, Role.ADMIN);
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._@-]{1,99}$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final AccountTokenRepository tokens;
    private final PeopleAuditRepository audit;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final Notifier notifier;
    private final Clock clock;
    private final String publicUrl;
    private final Duration setPasswordValidity;
    private final Duration resetValidity;

    public PeopleService(AppUserRepository users, AccountTokenRepository tokens, PeopleAuditRepository audit,
                         PasswordEncoder passwordEncoder, PasswordPolicy policy, Notifier notifier, Clock clock,
                         @Value("${partner-program.mail.public-url}") String publicUrl,
                         @Value("${partner-program.people.set-password-link-valid-for}") Duration setPasswordValidity,
                         @Value("${partner-program.people.reset-link-valid-for}") Duration resetValidity) {
        this.users = users;
        this.tokens = tokens;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.notifier = notifier;
        this.clock = clock;
        this.publicUrl = baseUrl(publicUrl);
        this.setPasswordValidity = setPasswordValidity;
        this.resetValidity = resetValidity;
    }

    @Transactional(readOnly = true)
    public List<AppUser> staff() {
        return users.findStaff();
    }

    @Transactional(readOnly = true)
    public AppUser staffMember(String username) {
        return users.findByUsername(normalize(username)).filter(PeopleService::isStaff)
                .orElseThrow(() -> new NotFoundException("notFound.user", username));
    }

    /** A new staff account without a password; its owner sets one through the link mailed to them. */
    @Transactional
    public AppUser createStaff(String actor, StaffAccount account) {
        List<FieldViolation> errors = new ArrayList<>();
        String username = normalize(account.username());
        if (FieldChecks.require(errors, "username", account.username(), 100) && !USERNAME.matcher(username).matches()) {
            errors.add(new FieldViolation("username", "error.username"));
        }
        FieldChecks.require(errors, "displayName", account.displayName(), 200);
        if (FieldChecks.require(errors, "email", account.email(), 200) && !EMAIL.matcher(account.email().trim()).matches()) {
            errors.add(new FieldViolation("email", "error.email"));
        }
        checkRolesAndGroups(errors, account.roles(), account.groups());
        FieldChecks.throwIfAny(errors);
        if (users.existsByUsername(username)) {
            throw new ConflictException("conflict.usernameTaken");
        }
        String email = account.email().trim().toLowerCase(Locale.ROOT);
        if (users.existsByEmailIgnoreCase(email)) {
            throw new ConflictException("conflict.emailTaken");
        }
        AppUser user = users.save(new AppUser(username, email, unusablePassword(), account.displayName().trim(),
                RegistrationService.normalizeLanguage(account.language()), EnumSet.copyOf(account.roles()),
                List.copyOf(account.groups()), null, clock.instant()));
        record(actor, Action.USER_CREATED, username, describe(user));
        Link link = link(user, Purpose.SET_PASSWORD, setPasswordValidity);
        notifier.notify(user, MailTemplate.STAFF_WELCOME, "staff-welcome:" + link.expiresAt(), user.getDisplayName(),
                username, link.url(), setPasswordValidity.toHours());
        record(actor, Action.PASSWORD_LINK_SENT, username, null);
        return user;
    }

    @Transactional
    public AppUser changeStaff(String actor, String username, StaffChange change) {
        AppUser user = staffMember(username);
        List<FieldViolation> errors = new ArrayList<>();
        if (change.displayName() != null) {
            FieldChecks.require(errors, "displayName", change.displayName(), 200);
        }
        if (change.roles() != null || change.groups() != null) {
            checkRolesAndGroups(errors, change.roles() != null ? change.roles() : user.roles(),
                    change.groups() != null ? change.groups() : user.reviewerGroups());
        }
        FieldChecks.throwIfAny(errors);
        boolean losesAdmin = user.roles().contains(Role.ADMIN) && user.isEnabled()
                && (Boolean.FALSE.equals(change.active()) || (change.roles() != null && !change.roles().contains(Role.ADMIN)));
        if (losesAdmin) {
            // Locks every active administrator: two administrators deactivating each other at once cannot both succeed.
            List<AppUser> admins = users.lockEnabledWithRole(Role.ADMIN.name()).stream()
                    .filter(u -> u.roles().contains(Role.ADMIN)).toList();
            if (admins.size() <= 1) {
                throw new ConflictException("conflict.lastAdmin");
            }
        }
        String before = describe(user);
        if (change.displayName() != null || change.roles() != null || change.groups() != null) {
            user.changeStaff(change.displayName() != null ? change.displayName().trim() : user.getDisplayName(),
                    change.roles() != null ? EnumSet.copyOf(change.roles()) : user.roles(),
                    change.groups() != null ? List.copyOf(change.groups()) : user.reviewerGroups());
            if (!before.equals(describe(user))) {
                record(actor, Action.USER_CHANGED, user.getUsername(), before + " → " + describe(user));
            }
        }
        if (change.active() != null && change.active() != user.isEnabled()) {
            user.setEnabled(change.active());
            record(actor, change.active() ? Action.USER_ACTIVATED : Action.USER_DEACTIVATED, user.getUsername(), null);
        }
        return user;
    }

    @Transactional(readOnly = true)
    public boolean anyActiveAdmin() {
        return !users.findEnabledWithRole(Role.ADMIN.name()).stream().filter(u -> u.roles().contains(Role.ADMIN)).toList().isEmpty();
    }

    /**
     * The first administrator of an empty database, made from the command line: answered with the set-password link to
     * print (mail may not be configured yet). Refused once an active administrator exists: they create the others.
     */
    @Transactional
    public Link createFirstAdmin(String username, String email, String displayName) {
        if (anyActiveAdmin()) {
            throw new ConflictException("conflict.adminExists");
        }
        List<FieldViolation> errors = new ArrayList<>();
        String name = normalize(username);
        if (FieldChecks.require(errors, "username", username, 100) && !USERNAME.matcher(name).matches()) {
            errors.add(new FieldViolation("username", "error.username"));
        }
        if (FieldChecks.require(errors, "email", email, 200) && !EMAIL.matcher(email.trim()).matches()) {
            errors.add(new FieldViolation("email", "error.email"));
        }
        FieldChecks.throwIfAny(errors);
        if (users.existsByUsername(name)) {
            throw new ConflictException("conflict.usernameTaken");
        }
        AppUser admin = users.save(new AppUser(name, email.trim().toLowerCase(Locale.ROOT), unusablePassword(),
                displayName == null || displayName.isBlank() ? name : displayName.trim(), "ru", EnumSet.of(Role.ADMIN),
                List.of(), null, clock.instant()));
        record("command-line", Action.FIRST_ADMIN_CREATED, name, describe(admin));
        return link(admin, Purpose.SET_PASSWORD, setPasswordValidity);
    }

    /** Mails a reset link to the active account with this address, if there is one; the caller learns nothing either way. */
    @Transactional
    public void requestReset(String email) {
        if (email == null || email.isBlank() || email.length() > 200 || !EMAIL.matcher(email.trim()).matches()) {
            throw new InvalidInputException("email", "error.email");
        }
        for (AppUser user : users.findByEmailIgnoreCase(email.trim())) {
            if (!user.isEnabled()) {
                continue;
            }
            Link link = link(user, Purpose.RESET_PASSWORD, resetValidity);
            notifier.notify(user, MailTemplate.PASSWORD_RESET, "password-reset:" + link.expiresAt(), user.getDisplayName(),
                    user.getUsername(), link.url(), resetValidity.toMinutes());
            record(user.getUsername(), Action.RESET_REQUESTED, user.getUsername(), null);
        }
    }

    /** Whether the link may still be used: answers its user's name, or 410. */
    @Transactional(readOnly = true)
    public String checkLink(String token) {
        AccountToken link = tokens.findByTokenHash(digest(token)).filter(t -> t.usableAt(clock.instant()))
                .orElseThrow(() -> new GoneException("gone.link"));
        return users.findById(link.getUserId()).map(AppUser::getUsername).orElseThrow(() -> new GoneException("gone.link"));
    }

    /** Sets the password through a link, once; answers the user's name. Sessions signed in before now end. */
    @Transactional(noRollbackFor = GoneException.class)
    public String setPassword(String token, String password) {
        Instant now = clock.instant();
        AccountToken link = token == null || token.isBlank() ? null : tokens.findForUse(digest(token)).orElse(null);
        if (link == null || !link.usableAt(now)) {
            throw new GoneException("gone.link");
        }
        policy.check("password", password);
        AppUser user = users.findById(link.getUserId()).filter(AppUser::isEnabled)
                .orElseThrow(() -> new GoneException("gone.link"));
        link.use(now);
        user.setPassword(passwordEncoder.encode(password), now);
        record(user.getUsername(), Action.PASSWORD_SET, user.getUsername(),
                link.getPurpose() == Purpose.RESET_PASSWORD ? "reset" : "first");
        return user.getUsername();
    }

    @Transactional(readOnly = true)
    public Page<PeopleAuditEntry> audit(PeopleAuditFilter filter, Pageable page) {
        Collection<Action> actions = filter.action() == null ? EnumSet.allOf(Action.class) : EnumSet.of(filter.action());
        return audit.search(filter.actor() == null ? "" : filter.actor().trim(),
                filter.subject() == null ? "" : normalize(filter.subject()), actions,
                filter.from() == null ? Instant.EPOCH : filter.from(),
                filter.to() == null ? Instant.parse("9999-01-01T00:00:00Z") : filter.to(), page);
    }

    private Link link(AppUser user, Purpose purpose, Duration validity) {
        String token = newToken();
        Instant now = clock.instant();
        tokens.retireUnused(user.getId(), now);
        AccountToken saved = tokens.save(new AccountToken(digest(token), purpose, user.getId(), now, now.plus(validity)));
        return new Link(user.getUsername(), publicUrl + "/password/set?token=" + token, saved.getExpiresAt());
    }

    private void record(String actor, Action action, String subject, String details) {
        audit.save(PeopleAuditEntry.of(clock.instant(), actor, action, subject, details));
    }

    private static void checkRolesAndGroups(List<FieldViolation> errors, Set<Role> roles, List<String> groups) {
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldViolation("roles", "error.required"));
        } else if (!STAFF_ROLES.containsAll(roles)) {
            errors.add(new FieldViolation("roles", "error.staffRole"));
        }
        if (groups != null && !ReviewerGroups.ALL.containsAll(groups)) {
            errors.add(new FieldViolation("groups", "error.reviewerGroup"));
        }
    }

    private static boolean isStaff(AppUser user) {
        return user.getPartnerId() == null;
    }

    private static String describe(AppUser user) {
        return "roles=" + user.roles().stream().map(Enum::name).sorted().toList() + " groups=" + user.reviewerGroups()
                + " name=" + user.getDisplayName();
    }

    /** A password no one knows: the account is usable only after its owner sets one through the link. */
    private String unusablePassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return passwordEncoder.encode(Base64.getEncoder().encodeToString(bytes));
    }

    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** A link's secret: 256 random bits, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The address links point at, without a trailing slash. */
    static String baseUrl(String publicUrl) {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
