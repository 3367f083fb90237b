package dev.partnerprogram.partner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerDesignationRepository extends JpaRepository<PartnerDesignation, Long> {

    Optional<PartnerDesignation> findByPartnerIdAndKind(Long partnerId, DesignationKind kind);

    List<PartnerDesignation> findByPartnerIdOrderByKindAsc(Long partnerId);

    List<PartnerDesignation> findByPartnerIdInAndStateOrderByKindAsc(Collection<Long> partnerIds, PartnerDesignation.State state);

    boolean existsByPartnerIdAndKindAndState(Long partnerId, DesignationKind kind, PartnerDesignation.State state);
}
