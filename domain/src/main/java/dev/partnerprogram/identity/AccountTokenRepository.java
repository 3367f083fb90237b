package dev.partnerprogram.identity;

import java.time.Instant;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends SingleUseTokenRepository<AccountToken> {

    @Modifying
    @Query("delete from AccountToken t where t.userId = :userId")
    int deleteByUser(long userId);

    /** A new link replaces the user's earlier unused ones. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.userId = :userId and t.usedAt is null")
    int retireUnused(long userId, Instant now);
}
