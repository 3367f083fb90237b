package dev.partnerprogram.handover;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HandoverOfferRepository extends JpaRepository<HandoverOffer, Long> {

    List<HandoverOffer> findByHandoverIdOrderByPositionAsc(Long handoverId);

    Optional<HandoverOffer> findFirstByHandoverIdAndStateOrderByPositionAsc(Long handoverId, HandoverOffer.State state);

    /** Whether the partner's turn ever came (it may then see the handover): a turn withdrawn before it came does not count. */
    boolean existsByHandoverIdAndPartnerIdAndOfferedAtIsNotNull(Long handoverId, Long partnerId);

    /** The handovers on which the partner has a turn in one of the states: ids only, the turns are read under their locks. */
    @Query("select o.handoverId from HandoverOffer o where o.partnerId = :partnerId and o.state in :states order by o.handoverId")
    List<Long> findHandoverIdsOfTurns(@Param("partnerId") Long partnerId, @Param("states") Collection<HandoverOffer.State> states);

    Optional<HandoverOffer> findByHandoverIdAndPartnerId(Long handoverId, Long partnerId);

    /** How many partners the offer went to: a turn withdrawn before it came was never offered. */
    long countByHandoverIdAndOfferedAtIsNotNull(Long handoverId);
}
