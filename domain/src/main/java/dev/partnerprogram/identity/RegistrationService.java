package dev.partnerprogram.identity;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.GoneException;
import dev.partnerprogram.identity.AccountToken.Purpose;
import dev.partnerprogram.identity.PeopleAuditEntry.Action;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerRepository;
import dev.partnerprogram.partner.Regions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A visitor registers a company and its first user (its owner); the company starts as an applicant. Where addresses are
 * confirmed, the owner cannot sign in until they follow the mailed link, and a registration left unconfirmed lapses:
 * the company and its user are deleted, so the tax id and the address are free again.
 */
@Service
public class RegistrationService {
    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

    public record Registration(String companyName, String taxId, String region, String contactName, String email,
                               String phone, String password, String language) {}

    /** {@code confirmBy}: until when the address must be confirmed; null when no confirmation is asked. */
    public record Registered(long partnerId, long userId, String username, Instant confirmBy) {}

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern TAX_ID = Pattern.compile("^(\\d{10}|\\d{12})$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()-]{5,30}$");
    private static final int MIN_PASSWORD = 8;

    private final PartnerRepository partners;
    private final Regions regions;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AccountTokenRepository tokens;
    private final PeopleAuditRepository audit;
    private final Notifier notifier;
    private final Clock clock;
    private final String publicUrl;
    private final boolean confirmEmail;
    private final Duration confirmWithin;
    private final TransactionTemplate ownTransaction;

    public RegistrationService(PartnerRepository partners, Regions regions, AppUserRepository users, PasswordEncoder passwordEncoder,
                               AccountTokenRepository tokens, PeopleAuditRepository audit, Notifier notifier, Clock clock,
                               PlatformTransactionManager transactions,
                               @Value("${partner-program.mail.public-url}") String publicUrl,
                               @Value("${partner-program.registration.confirm-email}") boolean confirmEmail,
                               @Value("${partner-program.registration.confirm-within}") Duration confirmWithin) {
        this.partners = partners;
        this.regions = regions;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
        this.publicUrl = PeopleService.baseUrl(publicUrl);
        this.confirmEmail = confirmEmail;
        this.confirmWithin = confirmWithin;
        this.ownTransaction = new TransactionTemplate(transactions);
    }

    @Transactional
    public Registered register(Registration r) {
        validate(r);
        String username = r.email().trim().toLowerCase(Locale.ROOT);
        if (users.existsByUsername(username)) {
            throw new ConflictException("conflict.emailTaken");
        }
        if (partners.existsByTaxId(r.taxId().trim())) {
            throw new ConflictException("conflict.taxIdTaken");
        }
        var partner = partners.save(new PartnerCompany(r.companyName().trim(), r.taxId().trim(), r.region().trim(),
                r.contactName().trim(), username, r.phone().trim(), clock.instant()));
        var owner = new AppUser(username, username, passwordEncoder.encode(r.password()), r.contactName().trim(),
                normalizeLanguage(r.language()), Set.of(Role.PARTNER), List.of(), partner.getId(), clock.instant());
        // The company's first user is its owner: the one who invites and deactivates colleagues.
        owner.makeOwner();
        Instant now = clock.instant();
        if (confirmEmail) {
            owner.awaitConfirmation(now.plus(confirmWithin));
        }
        var user = users.save(owner);
        if (confirmEmail) {
            String token = PeopleService.newToken();
            tokens.save(new AccountToken(PeopleService.digest(token), Purpose.CONFIRM_EMAIL, user.getId(), now,
                    user.getConfirmBy()));
            notifier.notify(user, MailTemplate.REGISTRATION_CONFIRM, "registration-confirm", user.getDisplayName(),
                    partner.getCompanyName(), publicUrl + "/registrations/confirm?token=" + token, confirmWithin.toHours());
            record(username, Action.REGISTERED, username, "partner=" + partner.getId() + " taxId=" + partner.getTaxId());
        }
        return new Registered(partner.getId(), user.getId(), username, user.getConfirmBy());
    }

    /** Confirms the owner's address through the mailed link, once; answers the user's name, or 410. */
    @Transactional(noRollbackFor = GoneException.class)
    public String confirm(String token) {
        Instant now = clock.instant();
        AccountToken link = token == null || token.isBlank() ? null : tokens.findForUse(PeopleService.digest(token)).orElse(null);
        if (link == null || link.getPurpose() != Purpose.CONFIRM_EMAIL || !link.usableAt(now)) {
            throw new GoneException("gone.link");
        }
        AppUser user = users.findById(link.getUserId()).orElseThrow(() -> new GoneException("gone.link"));
        link.use(now);
        user.confirmed();
        record(user.getUsername(), Action.EMAIL_CONFIRMED, user.getUsername(), "partner=" + user.getPartnerId());
        return user.getUsername();
    }

    /**
     * Deletes registrations whose address was not confirmed in time: the user, its links, and its company, so that the
     * tax id and the address may be registered again. Nothing else refers to them (an unconfirmed user cannot sign in);
     * each goes in a transaction of its own, so one that something does refer to stays and the others lapse. Answers
     * how many lapsed.
     */
    public int lapseUnconfirmed() {
        int lapsed = 0;
        for (AppUser user : users.findTop100ByConfirmByBeforeOrderByConfirmBy(clock.instant())) {
            try {
                ownTransaction.executeWithoutResult(status -> lapse(user.getId()));
                lapsed++;
            } catch (DataIntegrityViolationException e) {
                log.warn("Registration of {} is past its confirmation time but cannot be deleted: {}", user.getUsername(),
                        e.getMostSpecificCause().getMessage());
            }
        }
        return lapsed;
    }

    private void lapse(long userId) {
        AppUser user = users.findById(userId).filter(AppUser::isAwaitingConfirmation).orElse(null);
        if (user == null) {
            return; // confirmed meanwhile, or lapsed by another node
        }
        tokens.deleteByUser(user.getId());
        users.delete(user);
        users.flush();
        Long partnerId = user.getPartnerId();
        if (partnerId != null && users.findByPartnerId(partnerId).isEmpty()) {
            partners.deleteById(partnerId);
            partners.flush();
        }
        record("system", Action.REGISTRATION_LAPSED, user.getUsername(), "partner=" + partnerId);
    }

    /** The scheduled check for lapsed registrations; every node may run it (a registration lapses once). */
    @Scheduled(fixedDelayString = "${partner-program.registration.lapse-check-interval}",
            initialDelayString = "${partner-program.registration.lapse-check-interval}")
    public void lapseOnSchedule() {
        int lapsed = lapseUnconfirmed();
        if (lapsed > 0) {
            log.info("{} unconfirmed registrations lapsed", lapsed);
        }
    }

    private void record(String actor, Action action, String subject, String details) {
        audit.save(PeopleAuditEntry.of(clock.instant(), actor, action, subject, details));
    }

    public static String normalizeLanguage(String language) {
        return "en".equalsIgnoreCase(language) ? "en" : "ru";
    }

    private void validate(Registration r) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.require(errors, "companyName", r.companyName(), 200);
        // The reference list, not free text: the dashboards' region filter offers exactly these names.
        if (FieldChecks.require(errors, "region", r.region(), 100) && !regions.known(r.region())) {
            errors.add(new FieldViolation("region", "error.region"));
        }
        FieldChecks.require(errors, "contactName", r.contactName(), 200);
        if (FieldChecks.require(errors, "taxId", r.taxId(), 12) && !TAX_ID.matcher(r.taxId().trim()).matches()) {
            errors.add(new FieldViolation("taxId", "error.taxId"));
        }
        if (FieldChecks.require(errors, "email", r.email(), 200) && !EMAIL.matcher(r.email().trim()).matches()) {
            errors.add(new FieldViolation("email", "error.email"));
        }
        if (FieldChecks.require(errors, "phone", r.phone(), 30) && !PHONE.matcher(r.phone().trim()).matches()) {
            errors.add(new FieldViolation("phone", "error.phone"));
        }
        if (r.password() == null || r.password().length() < MIN_PASSWORD) {
            errors.add(new FieldViolation("password", "error.minLength", MIN_PASSWORD));
        } else if (r.password().length() > 100) {
            errors.add(new FieldViolation("password", "error.maxLength", 100));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
