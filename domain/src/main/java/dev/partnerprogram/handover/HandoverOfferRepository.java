package dev.partnerprogram.handover;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HandoverOfferRepository extends JpaRepository<HandoverOffer, Long> {

    List<HandoverOffer> findByHandoverIdOrderByPositionAsc(Long handoverId);

    Optional<HandoverOffer> findFirstByHandoverIdAndStateOrderByPositionAsc(Long handoverId, HandoverOffer.State state);

    /** Whether the partner's turn ever came (it may then see the handover): a turn withdrawn before it came does not count. */
    boolean existsByHandoverIdAndPartnerIdAndOfferedAtIsNotNull(Long handoverId, Long partnerId);

    List<HandoverOffer> findByPartnerIdAndStateInOrderByIdAsc(Long partnerId, java.util.Collection<HandoverOffer.State> states);

    /** How many partners the offer went to: a turn withdrawn before it came was never offered. */
    long countByHandoverIdAndOfferedAtIsNotNull(Long handoverId);
}
