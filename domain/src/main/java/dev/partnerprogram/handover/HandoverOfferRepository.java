package dev.partnerprogram.handover;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HandoverOfferRepository extends JpaRepository<HandoverOffer, Long> {

    List<HandoverOffer> findByHandoverIdOrderByPositionAsc(Long handoverId);

    Optional<HandoverOffer> findFirstByHandoverIdAndStateOrderByPositionAsc(Long handoverId, HandoverOffer.State state);

    /** How many partners the offer went to (read through the unique key on the handover and the partner). */
    long countByHandoverIdAndStateNot(Long handoverId, HandoverOffer.State state);

    boolean existsByHandoverIdAndPartnerIdAndStateNot(Long handoverId, Long partnerId, HandoverOffer.State state);
}
