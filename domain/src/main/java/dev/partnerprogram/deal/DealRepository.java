package dev.partnerprogram.deal;

import dev.partnerprogram.common.LockingRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface DealRepository extends LockingRepository<Deal> {

    Page<Deal> findByPartnerIdOrderByRegisteredAtDescIdDesc(Long partnerId, Pageable pageable);

    /** Every deal, those in conflict first (they wait for a manager), then the newest. */
    @Query(value = "select d from Deal d order by case when d.state = :first then 0 else 1 end, d.registeredAt desc, d.id desc",
            countQuery = "select count(d) from Deal d")
    Page<Deal> findAllConflictsFirst(DealState first, Pageable pageable);

    List<Deal> findByPartnerIdAndStateInOrderByIdAsc(Long partnerId, Collection<DealState> states);

    boolean existsByPartnerIdAndStateInAndCustomerNameKey(Long partnerId, Collection<DealState> states, String customerNameKey);

    boolean existsByPartnerIdAndOpenCustomer(Long partnerId, String openCustomer);

    /** Other partners' open registrations naming the customer by its tax id or by its name. */
    @Query("select d from Deal d where d.partnerId <> :partnerId and d.state in :states "
            + "and (d.customerTaxId = :taxId or d.customerNameKey = :nameKey) order by d.registeredAt, d.id")
    List<Deal> findRivals(Long partnerId, Collection<DealState> states, String taxId, String nameKey);
}
