package dev.partnerprogram.certification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SpecialistCertificateRepository extends JpaRepository<SpecialistCertificate, Long> {

    List<SpecialistCertificate> findBySpecialistIdAndTrackAndState(Long specialistId, CertificationTrack track,
                                                                  SpecialistCertificate.State state);

    List<SpecialistCertificate> findBySpecialistIdInOrderByIssuedOnDescIdDesc(Collection<Long> specialistIds);

    /** Specialists of the partner, still with it, who hold a valid certificate in one of the tracks. */
    @Query("select count(distinct c.specialistId) from SpecialistCertificate c, Specialist s where c.specialistId = s.id "
            + "and c.partnerId = :partnerId and s.partnerId = :partnerId and s.leftAt is null "
            + "and c.state = dev.partnerprogram.certification.SpecialistCertificate.State.VALID and c.track in :tracks")
    long countCertifiedSpecialists(Long partnerId, Collection<CertificationTrack> tracks);
}
