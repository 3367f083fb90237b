package dev.partnerprogram.identity;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** Finds a {@link SingleUseToken} by the digest of the token its link carries. */
@NoRepositoryBean
public interface SingleUseTokenRepository<T extends SingleUseToken> extends JpaRepository<T, Long> {

    /** Locked, so that two uses of one link at the same moment cannot both succeed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from #{#entityName} t where t.tokenHash = :hash")
    Optional<T> findForUse(String hash);

    Optional<T> findByTokenHash(String hash);
}
