package dev.partnerprogram.identity;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

public interface CompanyInvitationRepository extends SingleUseTokenRepository<CompanyInvitation> {

    /** The company's invitations still waiting for an answer, newest first. */
    @Query("select i from CompanyInvitation i where i.partnerId = :partnerId and i.usedAt is null "
            + "and i.expiresAt > :now order by i.createdAt desc")
    List<CompanyInvitation> findPending(long partnerId, Instant now);

    @Query("select i from CompanyInvitation i where i.partnerId = :partnerId and lower(i.email) = lower(:email) "
            + "and i.usedAt is null and i.expiresAt > :now")
    List<CompanyInvitation> findPendingTo(long partnerId, String email, Instant now);
}
