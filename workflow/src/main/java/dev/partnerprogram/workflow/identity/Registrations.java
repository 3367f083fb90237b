package dev.partnerprogram.workflow.identity;

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

    public Registrations(RegistrationService registrations, Regions regions) {
        this.registrations = registrations;
        this.regions = regions;
    }

    /** The regions a company chooses from. */
    public List<String> regions() {
        return regions.names();
    }

    public boolean knownRegion(String region) {
        return regions.known(region);
    }

    public RegistrationService.Registered register(RegistrationService.Registration registration) {
        return registrations.register(registration);
    }

    /** The languages users may choose: English, or Russian for anything else. */
    public static String language(String requested) {
        return RegistrationService.normalizeLanguage(requested);
    }
}
