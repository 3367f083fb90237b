package dev.partnerprogram.workflow.identity;

import dev.partnerprogram.identity.RateLimits;
import dev.partnerprogram.identity.RegistrationService;
import dev.partnerprogram.partner.Regions;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The door to registering a company with its first user, who becomes the company's partner user. Anybody may register,
 * signed in or not: the company starts as an applicant and gains nothing until its application is approved.
 */
@Service
public class Registrations {

    private final RegistrationService registrations;
    private final Regions regions;
    private final RateLimits rateLimits;

    public Registrations(RegistrationService registrations, Regions regions, RateLimits rateLimits) {
        this.registrations = registrations;
        this.regions = regions;
        this.rateLimits = rateLimits;
    }

    /** The regions a company chooses from. */
    public List<String> regions() {
        return regions.names();
    }

    public boolean knownRegion(String region) {
        return regions.known(region);
    }

    /** A registration asked for from {@code client} (its network address), counted against the rate limits first. */
    public RegistrationService.Registered register(RegistrationService.Registration registration, String client) {
        rateLimits.count(RateLimits.Action.REGISTRATION, registration.email(), client);
        return registrations.register(registration);
    }

    /** Confirms the address of a registration through its mailed link; 410 if used or expired. */
    public String confirm(String token) {
        return registrations.confirm(token);
    }

    /** The languages users may choose: English, or Russian for anything else. */
    public static String language(String requested) {
        return RegistrationService.normalizeLanguage(requested);
    }
}
