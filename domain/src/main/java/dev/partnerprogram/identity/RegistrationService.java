package dev.partnerprogram.identity;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A visitor registers a company and its first user; the company starts as an applicant. */
@Service
public class RegistrationService {

    public record Registration(String companyName, String taxId, String region, String contactName, String email,
                               String phone, String password, String language) {}

    public record Registered(long partnerId, long userId, String username) {}

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern TAX_ID = Pattern.compile("^(\\d{10}|\\d{12})$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()-]{5,30}$");
    private static final int MIN_PASSWORD = 8;

    private final PartnerRepository partners;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    public RegistrationService(PartnerRepository partners, AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.partners = partners;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
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
        var user = users.save(owner);
        return new Registered(partner.getId(), user.getId(), username);
    }

    public static String normalizeLanguage(String language) {
        return "en".equalsIgnoreCase(language) ? "en" : "ru";
    }

    private static void validate(Registration r) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.require(errors, "companyName", r.companyName(), 200);
        FieldChecks.require(errors, "region", r.region(), 100);
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
