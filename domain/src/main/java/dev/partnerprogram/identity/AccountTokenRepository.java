package dev.partnerprogram.identity;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    /** Locked, so that two uses of one link at the same moment cannot both succeed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = :hash")
    Optional<AccountToken> findForUse(String hash);

    Optional<AccountToken> findByTokenHash(String hash);

    @Modifying
    @Query("delete from AccountToken t where t.userId = :userId")
    int deleteByUser(long userId);

    /** A new link replaces the user's earlier unused ones. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.userId = :userId and t.usedAt is null")
    int retireUnused(long userId, Instant now);
}
