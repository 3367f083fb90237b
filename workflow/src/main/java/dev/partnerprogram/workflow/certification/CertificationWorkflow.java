package dev.partnerprogram.workflow.certification;

import dev.partnerprogram.certification.CertificationExam;
import dev.partnerprogram.certification.CertificationService;
import dev.partnerprogram.certification.CertificationTrack;
import dev.partnerprogram.certification.Specialist;
import dev.partnerprogram.certification.SpecialistCertificate;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.SpecialistCertificationProcess;
import dev.partnerprogram.workflow.agreement.PartnerRequestGuard;
import dev.partnerprogram.workflow.partner.PartnerScope;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one door to specialists' certification: registration for exams, their results, specialists and certificates. */
@Service
public class CertificationWorkflow {

    private final CertificationService certification;
    private final PartnerRequestGuard guard;

    public CertificationWorkflow(CertificationService certification, PartnerRequestGuard guard) {
        this.certification = certification;
        this.guard = guard;
    }

    @Transactional
    public CertificationView register(Caller caller, String employeeName, String employeeEmail, CertificationTrack track) {
        CertificationExam exam = guard.start(caller, SpecialistCertificationProcess.KEY, SpecialistCertificationProcess.EXAM_ID,
                SpecialistCertificationProcess.PARTNER_ID, partnerId -> certification.register(partnerId, employeeName,
                        employeeEmail, track, caller.username(), caller.language()));
        return view(certification.get(exam.getId()), true);
    }

    @Transactional(readOnly = true)
    public CertificationView get(Caller caller, long id) {
        return view(visible(caller, id), true);
    }

    @Transactional(readOnly = true)
    public Page<CertificationView> list(Caller caller, Pageable pageable) {
        return PartnerScope.page(caller, pageable, certification::listAll, certification::listForPartner)
                .map(e -> view(e, false));
    }

    /** The personal certificate of a passed exam, as a PDF. */
    @Transactional(readOnly = true)
    public Certificate certificate(Caller caller, long examId) {
        CertificationExam exam = visible(caller, examId);
        if (exam.getCertificateId() == null) {
            throw new NotFoundException("notFound.certificate");
        }
        SpecialistCertificate certificate = certification.certificate(exam.getCertificateId());
        return new Certificate(certificate.getNumber(), certification.certificatePdf(certificate.getId()));
    }

    public record Certificate(String number, byte[] pdf) {}

    /** A partner's specialists; staff name the partner. */
    @Transactional(readOnly = true)
    public Page<SpecialistView> specialists(Caller caller, Long partnerId, Pageable pageable) {
        long partner;
        if (caller.isStaff() && partnerId != null) {
            partner = partnerId;
        } else if (caller.partnerId() != null && (partnerId == null || caller.ownsPartner(partnerId))) {
            partner = caller.partnerId();
        } else if (caller.partnerId() != null) {
            throw new NotFoundException("notFound.partner");
        } else {
            return Page.empty(pageable);
        }
        Page<Specialist> page = certification.specialists(partner, pageable);
        Map<Long, List<SpecialistCertificate>> certificates = certification.certificatesOf(
                page.getContent().stream().map(Specialist::getId).toList()).stream()
                .collect(Collectors.groupingBy(SpecialistCertificate::getSpecialistId));
        return page.map(s -> specialistView(s, certificates.getOrDefault(s.getId(), List.of())));
    }

    /** The partner records that a specialist left; the specialist's certificates no longer count for it. */
    @Transactional
    public SpecialistView leave(Caller caller, long specialistId) {
        Specialist specialist = certification.specialist(specialistId);
        if (!caller.ownsPartner(specialist.getPartnerId())) {
            if (caller.isStaff()) {
                throw new ForbiddenException("forbidden.certification.leave");
            }
            throw new NotFoundException("notFound.specialist");
        }
        Specialist left = certification.leave(specialistId);
        return specialistView(left, certification.certificatesOf(List.of(specialistId)));
    }

    private CertificationExam visible(Caller caller, long id) {
        return PartnerScope.visible(caller, certification.get(id), CertificationExam::getPartnerId, "notFound.certification");
    }

    private static SpecialistView specialistView(Specialist s, List<SpecialistCertificate> certificates) {
        return new SpecialistView(new SpecialistView.Person(s.getId(), s.getName(), s.getEmail()), s.isActive(), s.getLeftAt(),
                certificates.stream().map(c -> new SpecialistView.Certificate(c.getExamId(), c.getNumber(), c.getTrack(),
                        c.getIssuedOn(), c.getValidUntil(), c.getState())).toList());
    }

    private CertificationView view(CertificationExam e, boolean withHistory) {
        Specialist s = certification.specialist(e.getSpecialistId());
        SpecialistCertificate certificate = e.getCertificateId() == null ? null : certification.certificate(e.getCertificateId());
        var history = withHistory ? certification.history(e.getId()).stream()
                .map(h -> new CertificationView.HistoryLine(h.getAt(), h.getActor(), h.getAction(), h.getComment())).toList()
                : List.<CertificationView.HistoryLine>of();
        return new CertificationView(e.getId(), e.getPartnerId(), new SpecialistView.Person(s.getId(), s.getName(), s.getEmail()),
                e.getTrack(), e.getState(), e.getExamDate(), e.getScore(), e.getPassMark(), e.getDecisionReason(),
                certificate == null ? null : certificate.getNumber(), certificate == null ? null : certificate.getValidUntil(),
                certificate == null ? null : certificate.getState(), e.getRequestedAt(), e.getUpdatedAt(), history);
    }
}
