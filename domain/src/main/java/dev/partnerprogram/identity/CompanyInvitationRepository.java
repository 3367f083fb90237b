package dev.partnerprogram.identity;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CompanyInvitationRepository extends JpaRepository<CompanyInvitation, Long> {

    /** Locked, so that two acceptances of one link at the same moment cannot both make a user. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from CompanyInvitation i where i.tokenHash = :hash")
    Optional<CompanyInvitation> findForUse(String hash);

    Optional<CompanyInvitation> findByTokenHash(String hash);

    /** The company's invitations still waiting for an answer, newest first. */
    @Query("select i from CompanyInvitation i where i.partnerId = :partnerId and i.acceptedAt is null "
            + "and i.expiresAt > :now order by i.createdAt desc")
    List<CompanyInvitation> findPending(long partnerId, Instant now);

    @Query("select i from CompanyInvitation i where i.partnerId = :partnerId and lower(i.email) = lower(:email) "
            + "and i.acceptedAt is null and i.expiresAt > :now")
    List<CompanyInvitation> findPendingTo(long partnerId, String email, Instant now);
}
