package dev.partnerprogram.certification;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SpecialistRepository extends JpaRepository<Specialist, Long> {

    Optional<Specialist> findByPartnerIdAndEmail(Long partnerId, String email);

    Page<Specialist> findByPartnerIdOrderByNameAscIdAsc(Long partnerId, Pageable pageable);
}
