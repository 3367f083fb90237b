package dev.partnerprogram.certification;

import static dev.partnerprogram.common.Pdf.centered;

import com.lowagie.text.Paragraph;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.Lookup;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.common.Pdf;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.common.States;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.training.TrainingEvent;
import dev.partnerprogram.training.TrainingEventRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Specialists' certification: registration for an exam, scheduling, the result against the pass mark, the personal
 * certificate with its validity, the reminders before it expires, and the expiry.
 */
@Service
@Transactional(readOnly = true)
public class CertificationService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_COMMENT = 2000;
    /** How far ahead an exam may be scheduled. */
    private static final int MAX_SCHEDULE_DAYS = 366;
    private static final States<CertificationExam, ExamState> STATES = new States<>(CertificationExam::getState, "certification.state",
            "conflict.cert.stepNotPossible");

    private final SpecialistRepository specialists;
    private final CertificationExamRepository exams;
    private final Lookup<CertificationExam> lookup;
    private final SpecialistCertificateRepository certificates;
    private final TrainingEventRepository events;
    private final PartnerService partners;
    private final Notifier notifier;
    private final ProgramProperties properties;
    private final Clock clock;

    public CertificationService(SpecialistRepository specialists, CertificationExamRepository exams,
                                SpecialistCertificateRepository certificates, TrainingEventRepository events,
                                PartnerService partners, Notifier notifier, ProgramProperties properties, Clock clock) {
        this.specialists = specialists;
        this.exams = exams;
        this.lookup = new Lookup<>(exams, "notFound.certification");
        this.certificates = certificates;
        this.events = events;
        this.partners = partners;
        this.notifier = notifier;
        this.properties = properties;
        this.clock = clock;
    }

    /** A partner registers an employee for an exam; the employee becomes (or again is) one of its specialists. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CertificationExam register(long partnerId, String employeeName, String employeeEmail, CertificationTrack track,
                                      String actor, String language) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.require(errors, "employeeName", employeeName, 200);
        String email = employeeEmail == null ? null : employeeEmail.trim().toLowerCase(Locale.ROOT);
        if (FieldChecks.require(errors, "employeeEmail", email, 200) && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldViolation("employeeEmail", "error.email"));
        }
        if (track == null) {
            errors.add(new FieldViolation("track", "error.required"));
        }
        FieldChecks.throwIfAny(errors);
        partners.get(partnerId);
        Specialist specialist = specialists.findByPartnerIdAndEmail(partnerId, email)
                .orElseGet(() -> specialists.save(new Specialist(partnerId, employeeName.trim(), email, language, clock.instant())));
        specialist.rejoin(employeeName.trim());
        if (exams.existsBySpecialistIdAndTrackAndStateIn(specialist.getId(), track, ExamState.OPEN)) {
            throw new ConflictException("conflict.cert.alreadyRegistered");
        }
        CertificationExam exam = exams.save(new CertificationExam(partnerId, specialist.getId(), track, actor, clock.instant()));
        event(exam, actor, "REGISTERED", specialist.getName() + ", " + track);
        return exam;
    }

    /** Training staff schedule the exam (a date from today on) or refuse the registration, saying why. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CertificationExam recordScheduleDecision(long examId, boolean approve, LocalDate examDate, String comment, String actor) {
        CertificationExam exam = lookup.lockIn(examId, STATES, ExamState.REGISTERED);
        String reason = FieldChecks.decisionComment(!approve, comment);
        if (approve) {
            LocalDate today = partners.today();
            if (examDate == null) {
                throw new InvalidInputException("examDate", "error.cert.dateRequired");
            }
            if (examDate.isBefore(today) || examDate.isAfter(today.plusDays(MAX_SCHEDULE_DAYS))) {
                throw new InvalidInputException("examDate", "error.cert.dateRange");
            }
            exam.schedule(examDate, clock.instant());
            event(exam, actor, "SCHEDULED", examDate + (reason == null ? "" : ": " + reason));
        } else {
            exam.noteReason(reason);
            event(exam, actor, "REJECTED", reason);
        }
        return exam;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void announce(long examId) {
        CertificationExam exam = get(examId);
        Specialist specialist = specialist(exam.getSpecialistId());
        Object[] args = {String.valueOf(exam.getId()), specialist.getName(), track(exam.getTrack()), exam.getExamDate().toString()};
        notifier.notify(specialist.getEmail(), specialist.getLanguage(), MailTemplate.EXAM_SCHEDULED, key(exam, "scheduled-specialist"), args);
        notifier.notifyPartner(exam.getPartnerId(), MailTemplate.EXAM_SCHEDULED, key(exam, "scheduled"), args);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void rejectRegistration(long examId) {
        CertificationExam exam = lookup.lock(examId);
        exam.reject(clock.instant());
        Specialist specialist = specialist(exam.getSpecialistId());
        notifier.notifyPartner(exam.getPartnerId(), MailTemplate.EXAM_REJECTED, key(exam, "rejected"), String.valueOf(exam.getId()), specialist.getName(),
                track(exam.getTrack()), exam.getDecisionReason());
    }

    /**
     * The partner's agreement stopped being valid: each exam not yet taken is refused with the reason. Answers the
     * processes that drove them, for the caller to end.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> closeOpenOf(long partnerId, String reason) {
        List<String> processes = new ArrayList<>();
        for (CertificationExam open : exams.findByPartnerIdAndStateInOrderByIdAsc(partnerId, ExamState.OPEN)) {
            CertificationExam exam = lookup.lock(open.getId());
            if (!ExamState.OPEN.contains(exam.getState())) {
                continue;
            }
            exam.noteReason(reason);
            exam.reject(clock.instant());
            event(exam, TrainingEvent.SYSTEM, "REJECTED", reason);
            if (exam.getProcessInstanceId() != null) {
                processes.add(exam.getProcessInstanceId());
            }
        }
        return processes;
    }

    /** The score against the configured pass mark; answers whether the specialist passed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recordResult(long examId, Integer score, String comment, String actor) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.requireBetween(errors, "score", score, 0, 100, "error.between", 0, 100);
        FieldChecks.maxLength(errors, "comment", comment, MAX_COMMENT);
        FieldChecks.throwIfAny(errors);
        CertificationExam exam = lookup.lockIn(examId, STATES, ExamState.SCHEDULED);
        if (exam.getExamDate().isAfter(partners.today())) {
            throw new InvalidInputException("score", "error.cert.tooEarly", exam.getExamDate());
        }
        exam.recordScore(score, properties.certification().passMark(), clock.instant());
        event(exam, actor, exam.getState().name(), score + "% (pass mark " + exam.getPassMark() + "%)"
                + (FieldChecks.trimToNull(comment) == null ? "" : ": " + comment.trim()));
        return exam.getState() == ExamState.PASSED;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reportFailure(long examId) {
        CertificationExam exam = get(examId);
        Specialist specialist = specialist(exam.getSpecialistId());
        Object[] args = {String.valueOf(exam.getId()), specialist.getName(), track(exam.getTrack()), String.valueOf(exam.getScore()), String.valueOf(exam.getPassMark())};
        notifier.notify(specialist.getEmail(), specialist.getLanguage(), MailTemplate.EXAM_FAILED, key(exam, "failed-specialist"), args);
        notifier.notifyPartner(exam.getPartnerId(), MailTemplate.EXAM_FAILED, key(exam, "failed"), args);
    }

    /** Issues the personal certificate for a passed exam; an older valid one in the same track gives way to it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public SpecialistCertificate issueCertificate(long examId) {
        CertificationExam exam = lookup.lockIn(examId, STATES, ExamState.PASSED);
        if (exam.getCertificateId() != null) {
            return certificate(exam.getCertificateId());
        }
        LocalDate today = partners.today();
        certificates.findBySpecialistIdAndTrackAndState(exam.getSpecialistId(), exam.getTrack(), SpecialistCertificate.State.VALID)
                .forEach(SpecialistCertificate::supersede);
        String number = "%s-%d-%06d".formatted(properties.certification().certificatePrefix(), today.getYear(), exam.getId());
        SpecialistCertificate certificate = certificates.save(new SpecialistCertificate(number, exam.getSpecialistId(),
                exam.getPartnerId(), exam.getId(), exam.getTrack(), today, today.plus(properties.certification().validity())));
        exam.certify(certificate.getId());
        event(exam, TrainingEvent.SYSTEM, "CERTIFIED", number + " valid until " + certificate.getValidUntil());
        Specialist specialist = specialist(exam.getSpecialistId());
        Object[] args = {number, specialist.getName(), track(exam.getTrack()), certificate.getValidUntil().toString()};
        notifier.notify(specialist.getEmail(), specialist.getLanguage(), MailTemplate.CERTIFICATE_ISSUED, key(exam, "certified-specialist"), args);
        notifier.notifyPartner(exam.getPartnerId(), MailTemplate.CERTIFICATE_ISSUED, key(exam, "certified"), args);
        return certificate;
    }

    /**
     * Reminds the holder (and the company, while the holder works there) that a valid certificate runs out;
     * {@code reminder} names which of the reminders this is, so each is sent once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remindExpiry(long certificateId, String reminder) {
        SpecialistCertificate certificate = certificate(certificateId);
        if (!certificate.isValid()) {
            return;
        }
        Specialist specialist = specialist(certificate.getSpecialistId());
        Object[] args = {certificate.getNumber(), specialist.getName(), track(certificate.getTrack()),
                certificate.getValidUntil().toString()};
        String key = "certificate-" + certificate.getId() + "-expiring-" + reminder;
        notifier.notify(specialist.getEmail(), specialist.getLanguage(), MailTemplate.CERTIFICATE_EXPIRING, key + "-specialist", args);
        if (specialist.isActive()) {
            notifier.notifyPartner(certificate.getPartnerId(), MailTemplate.CERTIFICATE_EXPIRING, key, args);
        }
    }

    /** At the end of its validity a certificate that was not replaced becomes EXPIRED. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean expire(long certificateId) {
        SpecialistCertificate certificate = certificate(certificateId);
        if (!certificate.isValid() || certificate.getValidUntil().isAfter(partners.today())) {
            return false;
        }
        certificate.expire();
        Specialist specialist = specialist(certificate.getSpecialistId());
        Object[] args = {certificate.getNumber(), specialist.getName(), track(certificate.getTrack()),
                certificate.getValidUntil().toString()};
        notifier.notify(specialist.getEmail(), specialist.getLanguage(), MailTemplate.CERTIFICATE_EXPIRED,
                "certificate-" + certificate.getId() + "-expired-specialist", args);
        if (specialist.isActive()) {
            notifier.notifyPartner(certificate.getPartnerId(), MailTemplate.CERTIFICATE_EXPIRED, "certificate-" + certificate.getId() + "-expired", args);
        }
        return true;
    }

    /** The specialist left the company: the certificates stay the person's, but count for the company no more. */
    @Transactional
    public Specialist leave(long specialistId) {
        Specialist specialist = specialist(specialistId);
        specialist.leave(clock.instant());
        return specialist;
    }

    public long countCertifiedSpecialists(long partnerId, Collection<CertificationTrack> tracks) {
        return certificates.countCertifiedSpecialists(partnerId, tracks);
    }

    public CertificationExam get(long examId) {
        return lookup.get(examId);
    }

    public Page<CertificationExam> listForPartner(long partnerId, Pageable pageable) {
        return exams.findByPartnerIdOrderByRequestedAtDescIdDesc(partnerId, pageable);
    }

    public Page<CertificationExam> listAll(Pageable pageable) {
        return exams.findAllByOrderByRequestedAtDescIdDesc(pageable);
    }

    public List<TrainingEvent> history(long examId) {
        return events.findBySubjectTypeAndSubjectIdOrderByAtAscIdAsc(TrainingEvent.SubjectType.EXAM, examId);
    }

    public Specialist specialist(long specialistId) {
        return specialists.findById(specialistId).orElseThrow(() -> new NotFoundException("notFound.specialist"));
    }

    public Page<Specialist> specialists(long partnerId, Pageable pageable) {
        return specialists.findByPartnerIdOrderByNameAscIdAsc(partnerId, pageable);
    }

    public List<SpecialistCertificate> certificatesOf(Collection<Long> specialistIds) {
        return specialistIds.isEmpty() ? List.of() : certificates.findBySpecialistIdInOrderByIssuedOnDescIdDesc(specialistIds);
    }

    public SpecialistCertificate certificate(long certificateId) {
        return certificates.findById(certificateId).orElseThrow(() -> new NotFoundException("notFound.certificate"));
    }

    /** The personal certificate as a PDF: holder, track, number, validity, and the company that employed the holder. */
    public byte[] certificatePdf(long certificateId) {
        SpecialistCertificate certificate = certificate(certificateId);
        Specialist specialist = specialist(certificate.getSpecialistId());
        PartnerCompany partner = partners.get(certificate.getPartnerId());
        List<Paragraph> lines = new ArrayList<>(List.of(
                centered(specialist.getName(), 30),
                centered(trackTitle(certificate.getTrack()), 20),
                centered("Directum RX", 18),
                centered(partner.getCompanyName(), 16),
                centered("№ " + certificate.getNumber(), 16),
                centered("Выдан / Issued " + certificate.getIssuedOn() + " · Действителен до / Valid until "
                        + certificate.getValidUntil(), 14)));
        if (certificate.getState() != SpecialistCertificate.State.VALID) {
            lines.add(centered(certificate.getState() == SpecialistCertificate.State.EXPIRED
                    ? "Срок действия истёк / Expired" : "Заменён новым сертификатом / Superseded", 14));
        }
        return Pdf.certificate("Сертификат специалиста " + certificate.getNumber(),
                "СЕРТИФИКАТ СПЕЦИАЛИСТА / SPECIALIST CERTIFICATE", lines);
    }

    static String trackTitle(CertificationTrack track) {
        return switch (track) {
            case SETUP -> "Настройка Directum RX / Directum RX setup";
            case DEVELOPMENT -> "Разработка на Directum RX / Directum RX development";
            case PROJECT_MANAGEMENT -> "Управление проектами внедрения / Implementation project management";
            case TRAINER -> "Сертифицированный тренер / Certified trainer";
        };
    }

    private static DefaultMessageSourceResolvable track(CertificationTrack track) {
        return new DefaultMessageSourceResolvable(new String[] {"mail.track." + track.name()}, track.name());
    }

    private static String key(CertificationExam exam, String what) {
        return "exam-" + exam.getId() + "-" + what;
    }

    private void event(CertificationExam exam, String actor, String action, String comment) {
        events.save(new TrainingEvent(TrainingEvent.SubjectType.EXAM, exam.getId(), clock.instant(), actor, action, comment));
    }

}
