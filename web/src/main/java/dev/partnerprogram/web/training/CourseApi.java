package dev.partnerprogram.web.training;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.training.CatalogueService.CourseInput;
import dev.partnerprogram.training.CatalogueService.SessionInput;
import dev.partnerprogram.training.Course;
import dev.partnerprogram.training.CourseKind;
import dev.partnerprogram.training.UniversityProgramme;
import dev.partnerprogram.web.system.api.Creation;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.workflow.training.Catalogue;
import dev.partnerprogram.workflow.training.CourseView;
import dev.partnerprogram.workflow.training.TrainingWorkflow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The course catalogue and its sessions; administrators keep them under /api/admin. */
@RestController
@Tag(name = "Training")
class CourseApi {

    record CourseRequest(String code, String title, CourseKind kind, UniversityProgramme programme, BigDecimal price,
                         Integer durationDays, Boolean active) {
        CourseInput input() {
            return new CourseInput(code, title, kind, programme, price, durationDays, active);
        }
    }

    record SessionRequest(LocalDate startDate, LocalDate endDate, Integer seats, Long trainerPartnerId, String trainerName,
                          String location) {
        SessionInput input() {
            return new SessionInput(startDate, endDate, seats, trainerPartnerId, trainerName, location);
        }
    }

    private final TrainingWorkflow training;
    private final Catalogue catalogue;
    private final ZoneId zone;

    CourseApi(TrainingWorkflow training, Catalogue catalogue, dev.partnerprogram.common.ProgramProperties properties) {
        this.training = training;
        this.catalogue = catalogue;
        this.zone = ZoneId.of(properties.timeZone());
    }

    @GetMapping("/api/courses")
    @Operation(summary = "The course catalogue; a partner sees the price it would pay now (yourPrice)")
    PageResponse<CourseView> courses(Caller caller, @RequestParam(required = false) CourseKind kind,
                                     @PageQuery Pageable page) {
        return PageResponse.of(training.catalogue(caller, kind, page), c -> c);
    }

    @GetMapping("/api/courses/{code}")
    @Operation(summary = "One course with the caller's price and its next session")
    CourseView course(Caller caller, @PathVariable String code) {
        return training.course(caller, code);
    }

    @GetMapping("/api/courses/{code}/sessions")
    @Operation(summary = "Sessions of a course still open for enrolment, soonest first")
    PageResponse<CourseView.SessionView> sessions(@PathVariable String code, @PageQuery Pageable page) {
        return PageResponse.of(training.upcomingSessions(code, page), s -> s);
    }

    @GetMapping("/api/sessions")
    @Operation(summary = "Sessions from a date on (default today) for staff; the sessions it teaches for a training-center partner")
    PageResponse<CourseView.SessionView> allSessions(Caller caller, @RequestParam(required = false) LocalDate from,
                                                     @PageQuery Pageable page) {
        LocalDate start = from == null ? LocalDate.now(zone) : from;
        return PageResponse.of(training.sessionsFrom(caller, start, page), s -> s);
    }

    @GetMapping("/api/sessions/{id}")
    @Operation(summary = "One training session with its free seats")
    CourseView.SessionView session(@PathVariable long id) {
        return training.session(id);
    }

    @GetMapping("/api/admin/courses")
    @Operation(summary = "Every course, active or not")
    PageResponse<CourseView> adminCourses(Caller caller, @PageQuery Pageable page) {
        return PageResponse.of(catalogue.courses(caller, page), c -> training.course(caller, c.getCode()));
    }

    @PostMapping("/api/admin/courses")
    @Operation(summary = "Add a course to the catalogue (ADMIN)")
    @Creation
    ResponseEntity<CourseView> createCourse(Caller caller, @RequestBody CourseRequest request) {
        Course course = catalogue.createCourse(caller, request.input());
        return ResponseEntity.created(URI.create("/api/courses/" + course.getCode())).body(training.course(caller, course.getCode()));
    }

    @PutMapping("/api/admin/courses/{code}")
    @Operation(summary = "Change a course of the catalogue (ADMIN)")
    CourseView updateCourse(Caller caller, @PathVariable String code, @RequestBody CourseRequest request) {
        Course course = catalogue.updateCourse(caller, code, request.input());
        return training.course(caller, course.getCode());
    }

    @PostMapping("/api/admin/courses/{code}/sessions")
    @Creation
    @Operation(summary = "Schedule a session; the trainer is the vendor (trainerName) or a Certified Training Center (trainerPartnerId)")
    ResponseEntity<CourseView.SessionView> createSession(Caller caller, @PathVariable String code, @RequestBody SessionRequest request) {
        var session = catalogue.createSession(caller, code, request.input());
        return ResponseEntity.created(URI.create("/api/sessions/" + session.id())).body(session);
    }

    @PutMapping("/api/admin/sessions/{id}")
    @Operation(summary = "Change seats, trainer or place; new seats go to the waiting list first")
    CourseView.SessionView updateSession(Caller caller, @PathVariable long id, @RequestBody SessionRequest request) {
        return catalogue.updateSession(caller, id, request.input());
    }
}
