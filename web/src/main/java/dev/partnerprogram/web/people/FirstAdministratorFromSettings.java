package dev.partnerprogram.web.people;

import dev.partnerprogram.common.ProblemException;
import dev.partnerprogram.workflow.identity.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The first administrator from the environment, for deployments where running {@code admin create} is awkward (a
 * container): {@code PARTNER_PROGRAM_PEOPLE_FIRST_ADMIN_USERNAME} and {@code ..._EMAIL} (and optionally
 * {@code ..._DISPLAY_NAME}) are read once, at start-up, and acted on only while no active administrator exists; the
 * set-password link goes to the log. Afterwards they are ignored and may be removed.
 */
@Component
class FirstAdministratorFromSettings {
    private static final Logger log = LoggerFactory.getLogger(FirstAdministratorFromSettings.class);

    private final People people;
    private final String username;
    private final String email;
    private final String displayName;

    FirstAdministratorFromSettings(People people,
                                   @Value("${partner-program.people.first-admin.username:}") String username,
                                   @Value("${partner-program.people.first-admin.email:}") String email,
                                   @Value("${partner-program.people.first-admin.display-name:}") String displayName) {
        this.people = people;
        this.username = username;
        this.email = email;
        this.displayName = displayName;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIfAsked() {
        if (username.isBlank()) {
            return;
        }
        if (people.anyActiveAdmin()) {
            log.info("partner-program.people.first-admin is ignored: an administrator exists (the setting may be removed)");
            return;
        }
        try {
            var link = people.createFirstAdmin(username, email, displayName);
            log.warn("Administrator '{}' created from partner-program.people.first-admin. Set the password with this link "
                    + "(single use, until {}): {}", link.username(), link.expiresAt(), link.url());
        } catch (ProblemException | DataIntegrityViolationException e) {
            // Another node made it at the same moment, or the settings are wrong: said once, the application serves on.
            log.error("partner-program.people.first-admin not created: {}", e.getMessage());
        }
    }
}
