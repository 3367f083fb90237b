package dev.partnerprogram.training;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.Lookup;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.partner.DesignationKind;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerRepository;
import dev.partnerprogram.partner.PartnerService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The course catalogue and its sessions, as administrators keep them. */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    public record CourseInput(String code, String title, CourseKind kind, UniversityProgramme programme, BigDecimal price,
                              Integer durationDays, Boolean active) {}

    /** A session is taught by the vendor (no trainer partner) or by a partner that is a Certified Training Center. */
    public record SessionInput(LocalDate startDate, LocalDate endDate, Integer seats, Long trainerPartnerId, String trainerName,
                               String location) {}

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,39}$");
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");
    private static final int MAX_SEATS = 1000;
    private static final int MAX_DAYS = 365;

    private final CourseRepository courses;
    private final CourseSessionRepository sessions;
    private final Lookup<CourseSession> sessionLookup;
    private final PartnerRepository partnerRepository;
    private final PartnerService partners;
    private final Clock clock;
    private final ZoneId zone;

    public CatalogueService(CourseRepository courses, CourseSessionRepository sessions, PartnerRepository partnerRepository,
                            PartnerService partners, Clock clock, ProgramProperties properties) {
        this.courses = courses;
        this.sessions = sessions;
        this.sessionLookup = new Lookup<>(sessions, "notFound.session");
        this.partnerRepository = partnerRepository;
        this.partners = partners;
        this.clock = clock;
        this.zone = ZoneId.of(properties.timeZone());
    }

    @Transactional
    public Course createCourse(CourseInput input) {
        List<FieldViolation> errors = new ArrayList<>();
        String code = input.code() == null ? null : input.code().trim().toUpperCase(java.util.Locale.ROOT);
        if (FieldChecks.require(errors, "code", code, 40) && !CODE.matcher(code).matches()) {
            errors.add(new FieldViolation("code", "error.course.code"));
        }
        if (input.kind() == null) {
            errors.add(new FieldViolation("kind", "error.required"));
        }
        checkCourse(errors, input, input.kind());
        FieldChecks.throwIfAny(errors);
        if (courses.existsByCode(code)) {
            throw new ConflictException("conflict.course.exists", code);
        }
        return courses.save(new Course(code, input.title().trim(), input.kind(), programme(input.kind(), input.programme()),
                input.price().setScale(2), input.durationDays(), clock.instant()));
    }

    @Transactional
    public Course updateCourse(String code, CourseInput input) {
        Course course = course(code);
        List<FieldViolation> errors = new ArrayList<>();
        if (input.kind() != null && input.kind() != course.getKind()) {
            errors.add(new FieldViolation("kind", "error.course.kind"));
        }
        checkCourse(errors, input, course.getKind());
        FieldChecks.throwIfAny(errors);
        course.update(input.title().trim(), programme(course.getKind(), input.programme()), input.price().setScale(2),
                input.durationDays(), input.active() == null || input.active());
        return course;
    }

    private static void checkCourse(List<FieldViolation> errors, CourseInput input, CourseKind kind) {
        FieldChecks.require(errors, "title", input.title(), 200);
        if (input.price() == null) {
            errors.add(new FieldViolation("price", "error.required"));
        } else if (input.price().signum() < 0 || input.price().compareTo(MAX_PRICE) > 0) {
            errors.add(new FieldViolation("price", "error.course.price", MAX_PRICE.toPlainString()));
        } else if (input.price().stripTrailingZeros().scale() > 2) {
            errors.add(new FieldViolation("price", "error.kopecks"));
        }
        if (input.durationDays() == null || input.durationDays() < 1 || input.durationDays() > MAX_DAYS) {
            errors.add(new FieldViolation("durationDays", "error.between", 1, MAX_DAYS));
        }
        if (input.programme() != null && kind != null && kind != CourseKind.UNIVERSITY) {
            errors.add(new FieldViolation("programme", "error.course.programme"));
        }
    }

    private static UniversityProgramme programme(CourseKind kind, UniversityProgramme programme) {
        return kind == CourseKind.UNIVERSITY ? programme : null;
    }

    public Course course(String code) {
        String normalized = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        return courses.findByCode(normalized).orElseThrow(() -> new NotFoundException("notFound.course"));
    }

    public Optional<Course> findCourse(String code) {
        return code == null || code.isBlank() ? Optional.empty()
                : courses.findByCode(code.trim().toUpperCase(java.util.Locale.ROOT));
    }

    public Course course(long id) {
        return courses.findById(id).orElseThrow(() -> new NotFoundException("notFound.course"));
    }

    /** What partners can enrol in: the active courses, optionally of one kind. */
    public Page<Course> catalogue(CourseKind kind, Pageable pageable) {
        return kind == null ? courses.findByActiveTrueOrderByKindAscTitleAsc(pageable)
                : courses.findByActiveTrueAndKindOrderByTitleAsc(kind, pageable);
    }

    public Page<Course> allCourses(Pageable pageable) {
        return courses.findAllByOrderByTitleAsc(pageable);
    }

    @Transactional
    public CourseSession createSession(String courseCode, SessionInput input) {
        Course course = course(courseCode);
        List<FieldViolation> errors = new ArrayList<>();
        if (input.startDate() == null) {
            errors.add(new FieldViolation("startDate", "error.required"));
        } else if (!input.startDate().isAfter(today())) {
            errors.add(new FieldViolation("startDate", "error.inFuture"));
        }
        if (input.endDate() == null) {
            errors.add(new FieldViolation("endDate", "error.required"));
        } else if (input.startDate() != null && input.endDate().isBefore(input.startDate())) {
            errors.add(new FieldViolation("endDate", "error.endBeforeStart"));
        }
        String trainerName = checkSession(errors, input, 0);
        FieldChecks.throwIfAny(errors);
        return sessions.save(new CourseSession(course.getId(), input.startDate(), input.endDate(), input.seats(),
                input.trainerPartnerId(), trainerName, input.location().trim(), clock.instant()));
    }

    /** Seats, trainer and place may change; the dates may not, since reminders and deadlines are set by them. */
    @Transactional
    public CourseSession updateSession(long sessionId, SessionInput input) {
        CourseSession session = sessionLookup.lock(sessionId);
        List<FieldViolation> errors = new ArrayList<>();
        if ((input.startDate() != null && !input.startDate().equals(session.getStartDate()))
                || (input.endDate() != null && !input.endDate().equals(session.getEndDate()))) {
            errors.add(new FieldViolation("startDate", "error.session.dates"));
        }
        String trainerName = checkSession(errors, input, session.getSeatsTaken());
        FieldChecks.throwIfAny(errors);
        session.update(input.seats(), input.trainerPartnerId(), trainerName, input.location().trim());
        return session;
    }

    private String checkSession(List<FieldViolation> errors, SessionInput input, int seatsTaken) {
        if (input.seats() == null || input.seats() < 1 || input.seats() > MAX_SEATS) {
            errors.add(new FieldViolation("seats", "error.between", 1, MAX_SEATS));
        } else if (input.seats() < seatsTaken) {
            errors.add(new FieldViolation("seats", "error.session.seats", seatsTaken));
        }
        FieldChecks.require(errors, "location", input.location(), 200);
        String trainerName = FieldChecks.trimToNull(input.trainerName());
        FieldChecks.maxLength(errors, "trainerName", trainerName, 200);
        if (input.trainerPartnerId() != null) {
            Optional<PartnerCompany> trainer = partnerRepository.findById(input.trainerPartnerId());
            if (trainer.isEmpty()) {
                errors.add(new FieldViolation("trainerPartnerId", "error.noSuchPartner"));
            } else if (!partners.holdsDesignation(trainer.get().getId(), DesignationKind.TRAINING_CENTER)) {
                errors.add(new FieldViolation("trainerPartnerId", "error.session.notTrainingCenter"));
            } else if (trainerName == null) {
                trainerName = trainer.get().getCompanyName();
            }
        } else if (trainerName == null) {
            errors.add(new FieldViolation("trainerName", "error.session.trainerName"));
        }
        return trainerName;
    }

    public CourseSession session(long sessionId) {
        return sessionLookup.get(sessionId);
    }

    /** Sessions one can still enrol in: those starting after today. */
    public Page<CourseSession> upcomingSessions(long courseId, Pageable pageable) {
        return sessions.findByCourseIdAndStartDateAfterOrderByStartDateAscIdAsc(courseId, today(), pageable);
    }

    public Optional<CourseSession> nextSession(long courseId) {
        return sessions.findFirstByCourseIdAndStartDateAfterOrderByStartDateAscIdAsc(courseId, today());
    }

    public Page<CourseSession> sessionsOf(long courseId, Pageable pageable) {
        return sessions.findByCourseIdOrderByStartDateDescIdDesc(courseId, pageable);
    }

    /** For training staff: the sessions from {@code from} on, soonest first. */
    public Page<CourseSession> sessionsFrom(LocalDate from, Pageable pageable) {
        return sessions.findByStartDateGreaterThanEqualOrderByStartDateAscIdAsc(from, pageable);
    }

    public Page<CourseSession> sessionsTaughtBy(long trainerPartnerId, Pageable pageable) {
        return sessions.findByTrainerPartnerIdOrderByStartDateDescIdDesc(trainerPartnerId, pageable);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
