package dev.partnerprogram.identity;

import java.util.Set;

/** Who is asking: the signed-in user as the services see it, independent of how the web layer authenticated them. */
public record Caller(String username, Long partnerId, Set<Role> roles, Set<String> groups, String language) {

    public static Caller of(AppUser user) {
        return new Caller(user.getUsername(), user.getPartnerId(), user.roles(), user.taskGroups(), user.getLanguage());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Vendor staff see every partner's objects; partners only their own company's. */
    public boolean isStaff() {
        return has(Role.REVIEWER) || has(Role.MANAGER) || has(Role.ADMIN);
    }

    public boolean ownsPartner(Long id) {
        return partnerId != null && partnerId.equals(id);
    }

    public boolean maySee(Long objectPartnerId) {
        return isStaff() || ownsPartner(objectPartnerId);
    }
}
