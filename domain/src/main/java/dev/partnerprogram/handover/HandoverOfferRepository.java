package dev.partnerprogram.handover;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HandoverOfferRepository extends JpaRepository<HandoverOffer, Long> {

    List<HandoverOffer> findByHandoverIdOrderByPositionAsc(Long handoverId);

    Optional<HandoverOffer> findFirstByHandoverIdAndStateOrderByPositionAsc(Long handoverId, HandoverOffer.State state);

    boolean existsByHandoverIdAndPartnerIdAndStateNot(Long handoverId, Long partnerId, HandoverOffer.State state);
}
