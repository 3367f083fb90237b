package dev.partnerprogram.compensation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ClaimLineRepository extends JpaRepository<ClaimLine, Long> {

    List<ClaimLine> findByCompensationIdOrderByLineNoAsc(Long compensationId);

    /** A corrected claim replaces the lines of the one returned. */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from ClaimLine l where l.compensationId = :compensationId")
    void deleteByCompensation(Long compensationId);
}
