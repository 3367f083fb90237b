package dev.partnerprogram.agreement;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccessGrantRepository extends JpaRepository<AccessGrant, Long> {
    List<AccessGrant> findByPartnerIdOrderByGrantedAtAscIdAsc(Long partnerId);

    List<AccessGrant> findByPartnerIdAndRevokedAtIsNull(Long partnerId);

    /** Grants by kind (null: any) and whether they hold now (null: either), for the systems that enforce them. */
    @Query("""
            select g from AccessGrant g
            where (:kind is null or g.kind = :kind)
              and (:active is null or (:active = true and g.revokedAt is null) or (:active = false and g.revokedAt is not null))
            order by g.partnerId, g.kind, g.id""")
    Page<AccessGrant> search(@Param("kind") AccessKind kind, @Param("active") Boolean active, Pageable pageable);
}
