package dev.partnerprogram.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessGrantChangeRepository extends JpaRepository<AccessGrantChange, Long> {
    List<AccessGrantChange> findByPartnerIdOrderByIdAsc(Long partnerId);
}
