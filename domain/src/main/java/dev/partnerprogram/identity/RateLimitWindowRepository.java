package dev.partnerprogram.identity;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RateLimitWindowRepository extends JpaRepository<RateLimitWindow, String> {

    /** Locked, so that requests counted at the same moment on any node are all counted. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from RateLimitWindow w where w.bucket = :bucket")
    Optional<RateLimitWindow> findForUpdate(String bucket);
}
