package dev.partnerprogram.web.system.security;

import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How the claims of the vendor's identity provider (OpenID Connect: Keycloak, Microsoft Entra ID, ADFS) name a staff
 * member, their roles and their reviewer groups ({@code partner-program.oidc.*}). A claim may be nested
 * ({@code realm_access.roles}, Keycloak's realm roles) and hold one value or a list. A role or group is granted when the
 * claim holds one of the values configured for it, or, when none are configured, its own name (case ignored). Only staff
 * roles are ever granted: PARTNER never comes from the provider.
 */
@Component
@ConfigurationProperties("partner-program.oidc")
public class CorporateClaims {
    static final Set<Role> STAFF_ROLES = EnumSet.of(Role.REVIEWER, Role.MANAGER, Role.ADMIN);

    private String usernameClaim = "preferred_username";
    private String rolesClaim = "roles";
    private String groupsClaim = "groups";
    private Map<Role, List<String>> roles = new EnumMap<>(Role.class);
    private Map<String, List<String>> groups = new LinkedHashMap<>();

    /** What the claims grant. */
    public record Access(String username, String email, String displayName, Set<Role> roles, List<String> groups) {}

    Access read(Map<String, Object> claims) {
        List<String> roleValues = values(claims, rolesClaim);
        List<String> groupValues = values(claims, groupsClaim);
        Set<Role> granted = EnumSet.noneOf(Role.class);
        for (Role role : STAFF_ROLES) {
            if (matches(roleValues, roles.getOrDefault(role, List.of(role.name())))) {
                granted.add(role);
            }
        }
        List<String> inGroups = new ArrayList<>();
        for (String group : ReviewerGroups.ALL) {
            if (matches(groupValues, groups.getOrDefault(group, List.of(group)))) {
                inGroups.add(group);
            }
        }
        Object name = claims.get("name");
        Object email = claims.get("email");
        return new Access(single(claims, usernameClaim), email == null ? null : email.toString(),
                name == null ? null : name.toString(), granted, inGroups);
    }

    private static boolean matches(List<String> held, List<String> wanted) {
        return wanted.stream().anyMatch(w -> held.stream().anyMatch(h -> h.equalsIgnoreCase(w)));
    }

    private static String single(Map<String, Object> claims, String path) {
        List<String> values = values(claims, path);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The values of a claim, nested by dots. */
    static List<String> values(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return List.of();
            }
            value = map.get(part);
        }
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return List.of(value.toString());
    }

    public String getUsernameClaim() {
        return usernameClaim;
    }

    public void setUsernameClaim(String usernameClaim) {
        this.usernameClaim = usernameClaim;
    }

    public String getRolesClaim() {
        return rolesClaim;
    }

    public void setRolesClaim(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    public String getGroupsClaim() {
        return groupsClaim;
    }

    public void setGroupsClaim(String groupsClaim) {
        this.groupsClaim = groupsClaim;
    }

    public Map<Role, List<String>> getRoles() {
        return roles;
    }

    public void setRoles(Map<Role, List<String>> roles) {
        this.roles = roles;
    }

    public Map<String, List<String>> getGroups() {
        return groups;
    }

    public void setGroups(Map<String, List<String>> groups) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        groups.forEach((group, values) -> byName.put(group.toLowerCase(Locale.ROOT), values));
        this.groups = byName;
    }
}
