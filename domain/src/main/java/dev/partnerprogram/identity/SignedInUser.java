package dev.partnerprogram.identity;

import java.time.Instant;

/**
 * What a request needs of its signed-in user, read in one query: who they are to the services ({@link Caller}: roles,
 * groups, company, language), the name the pages show, and what ends their sessions (deactivation, a newer password).
 */
public record SignedInUser(Caller caller, String displayName, boolean enabled, Instant passwordChangedAt) {

    static SignedInUser of(AppUser user) {
        return new SignedInUser(Caller.of(user), user.getDisplayName(), user.isEnabled(), user.getPasswordChangedAt());
    }
}
