package dev.partnerprogram.identity;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Entity
@Table(name = "app_user")
public class AppUser extends Identified {

    private String username;
    private String email;
    private String passwordHash;
    private String displayName;
    private String language;
    private String roles;
    private String reviewerGroups;
    private Long partnerId;
    private boolean enabled;
    private Instant createdAt;
    private int failedLogins;
    private Instant lockedUntil;
    private boolean owner;
    private Instant passwordChangedAt;
    private Instant confirmBy;

    protected AppUser() {}

    public AppUser(String username, String email, String passwordHash, String displayName, String language,
                   Set<Role> roles, List<String> reviewerGroups, Long partnerId, Instant createdAt) {
        this.username = username;
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.language = language;
        this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.reviewerGroups = String.join(",", reviewerGroups);
        this.partnerId = partnerId;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public Set<Role> roles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(result::add);
        return result;
    }

    /** The groups whose tasks this user may see and act on. */
    public Set<String> taskGroups() {
        Set<String> groups = new LinkedHashSet<>();
        Arrays.stream(reviewerGroups.split(",")).filter(s -> !s.isBlank()).forEach(groups::add);
        if (roles().contains(Role.MANAGER)) {
            groups.add(ReviewerGroups.MANAGERS);
        }
        if (partnerId != null) {
            groups.add(ReviewerGroups.ofPartner(partnerId));
        }
        return groups;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a wrong password; the last one allowed locks the account and starts counting afresh. */
    void loginFailed(Instant now, int maxFailures, java.time.Duration lockout) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedLogins = 0;
        }
    }

    void loginSucceeded() {
        failedLogins = 0;
    }

    /**
     * A staff member signed in through the vendor's identity provider: their roles, reviewer groups, address and name
     * are the provider's, taken again at every sign-in. Never a partner's account (partners keep their passwords).
     */
    public void takeCorporateAccess(Set<Role> roles, List<String> reviewerGroups, String email, String displayName) {
        if (partnerId != null || roles.contains(Role.PARTNER)) {
            throw new IllegalArgumentException("corporate sign-in is for staff only");
        }
        this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.reviewerGroups = String.join(",", reviewerGroups);
        if (email != null && !email.isBlank()) {
            this.email = email;
        }
        if (displayName != null && !displayName.isBlank()) {
            this.displayName = displayName;
        }
    }

    /** A new password; sessions signed in before it stop working (see {@link #getPasswordChangedAt()}). */
    void setPassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    void changeStaff(String displayName, Set<Role> roles, List<String> reviewerGroups) {
        this.displayName = displayName;
        this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.reviewerGroups = String.join(",", reviewerGroups);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** A registration waits for its address to be confirmed until {@code by}; it lapses after. */
    void awaitConfirmation(Instant by) {
        this.confirmBy = by;
    }

    void confirmed() {
        this.confirmBy = null;
    }

    /** Registered, but the address is not confirmed yet: the account cannot sign in. */
    public boolean isAwaitingConfirmation() {
        return confirmBy != null;
    }

    public void makeOwner() {
        this.owner = true;
    }

    /** The reviewer groups given to this user (not the groups every manager or company user is in by role). */
    public List<String> reviewerGroups() {
        return Arrays.stream(reviewerGroups.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public void changeLanguage(String language) {
        this.language = language;
    }

    public String getUsername() { return username; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public String getDisplayName() { return displayName; }
    public String getLanguage() { return language; }
    public Long getPartnerId() { return partnerId; }
    public boolean isEnabled() { return enabled; }
    public Instant getCreatedAt() { return createdAt; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public boolean isOwner() { return owner; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }
    public Instant getConfirmBy() { return confirmBy; }
}
