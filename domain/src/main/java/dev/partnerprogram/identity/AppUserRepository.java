package dev.partnerprogram.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<AppUser> findByPartnerIdAndEnabledTrue(Long partnerId);

    @Query("select u from AppUser u where u.enabled = true and u.roles like concat('%', :role, '%')")
    List<AppUser> findEnabledWithRole(String role);

    /** Staff in a reviewer group, e.g. {@code training}; groups are a comma-separated list. */
    @Query("select u from AppUser u where u.enabled = true and concat(',', u.reviewerGroups, ',') like concat('%,', :group, ',%')")
    List<AppUser> findEnabledInGroup(String group);
}
