package dev.partnerprogram.identity;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    /**
     * JPQL, as are the other look-ups of a request's path: Spring Data builds a query derived from a method's name as a
     * criteria query on every call, which Hibernate translates again each time; a JPQL string's translation is cached.
     */
    @Query("select u from AppUser u where u.username = :username")
    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select u from AppUser u where u.partnerId = :partnerId and u.enabled = true")
    List<AppUser> findByPartnerIdAndEnabledTrue(Long partnerId);

    List<AppUser> findByPartnerId(Long partnerId);

    /** Registrations whose time to confirm the address ran out, oldest first. */
    List<AppUser> findTop100ByConfirmByBeforeOrderByConfirmBy(java.time.Instant now);

    @Query("select u from AppUser u where u.enabled = true and u.roles like concat('%', :role, '%')")
    List<AppUser> findEnabledWithRole(String role);

    /**
     * Enabled reviewers and managers whose login or name contains {@code text} (lower case, LIKE wildcards escaped with a
     * backslash): the colleague picker's suggestions.
     */
    @Query("select u from AppUser u where u.enabled = true and u.partnerId is null "
            + "and (u.roles like '%REVIEWER%' or u.roles like '%MANAGER%') "
            + "and (lower(u.username) like concat('%', :text, '%') escape '\\' "
            + "or lower(u.displayName) like concat('%', :text, '%') escape '\\') order by u.username")
    List<AppUser> findStaffMatching(String text, org.springframework.data.domain.Pageable pageable);

    /** Every enabled holder of the role, locked for the rest of the transaction (the last administrator rule). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.enabled = true and u.roles like concat('%', :role, '%')")
    List<AppUser> lockEnabledWithRole(String role);

    /** The vendor's staff: every account that belongs to no partner company. */
    @Query("select u from AppUser u where u.partnerId is null order by u.username")
    List<AppUser> findStaff();

    List<AppUser> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    /** Staff in a reviewer group, e.g. {@code training}; groups are a comma-separated list. */
    @Query("select u from AppUser u where u.enabled = true and concat(',', u.reviewerGroups, ',') like concat('%,', :group, ',%')")
    List<AppUser> findEnabledInGroup(String group);
}
