package dev.partnerprogram.web.training;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ImportRejectedException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.payment.PaymentKind;
import dev.partnerprogram.payment.PaymentService.NewPayment;
import dev.partnerprogram.training.CatalogueService.CourseInput;
import dev.partnerprogram.training.CatalogueService.SessionInput;
import dev.partnerprogram.training.Course;
import dev.partnerprogram.training.CourseKind;
import dev.partnerprogram.training.UniversityProgramme;
import dev.partnerprogram.web.marketing.MarketingForms;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.FormErrors;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.web.system.page.Uploads;
import dev.partnerprogram.workflow.payment.Payments;
import dev.partnerprogram.workflow.training.Catalogue;
import dev.partnerprogram.workflow.training.TrainingWorkflow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the course catalogue with its sessions, and the partners' payments to the vendor. */
@PageController
class TrainingAdminController {
    /** A refused line of a payments file, told in the user's language. */
    record ImportError(int line, String field, String message) {}

    static final String VIEW_COURSES = "admin/courses";
    static final String VIEW_COURSE = "admin/course";
    static final String VIEW_PAYMENTS = "admin/payments";

    private final Catalogue catalogue;
    private final TrainingWorkflow training;
    private final Payments payments;
    private final UiMessages messages;

    TrainingAdminController(Catalogue catalogue, TrainingWorkflow training, Payments payments, UiMessages messages) {
        this.catalogue = catalogue;
        this.training = training;
        this.payments = payments;
        this.messages = messages;
    }

    @GetMapping("/admin/courses")
    String courses(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        return showCourses(caller, page, model, new HashMap<>());
    }

    @PostMapping("/admin/courses")
    String createCourse(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        List<FieldViolation> errors = new ArrayList<>();
        try {
            Course course = catalogue.createCourse(caller, courseInput(form, errors, true));
            Flash.success(redirect, "admin.course.created", course.getCode());
            return "redirect:/admin/courses/" + course.getCode();
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", FormErrors.texts(e.violations(), messages));
        } catch (ConflictException e) {
            Flash.problemNow(model, e);
        }
        return showCourses(caller, 0, model, form);
    }

    @GetMapping("/admin/courses/{code}")
    String course(Caller caller, @PathVariable String code, Model model) {
        Course course = catalogue.course(caller, code);
        Map<String, String> form = new HashMap<>();
        form.put("title", course.getTitle());
        form.put("price", course.getPrice().toPlainString());
        form.put("durationDays", String.valueOf(course.getDurationDays()));
        form.put("programme", course.getProgramme() == null ? "" : course.getProgramme().name());
        form.put("active", course.isActive() ? "on" : "");
        return showCourse(caller, code, model, form);
    }

    @PostMapping("/admin/courses/{code}")
    String updateCourse(Caller caller, @PathVariable String code, @RequestParam Map<String, String> form, Model model,
                        RedirectAttributes redirect) {
        List<FieldViolation> errors = new ArrayList<>();
        try {
            catalogue.updateCourse(caller, code, courseInput(form, errors, "on".equals(form.get("active"))));
            Flash.success(redirect, "admin.course.saved", code);
            return "redirect:/admin/courses/" + code;
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", FormErrors.texts(e.violations(), messages));
        }
        return showCourse(caller, code, model, form);
    }

    @PostMapping("/admin/courses/{code}/sessions")
    String createSession(Caller caller, @PathVariable String code, @RequestParam Map<String, String> form, Model model,
                         RedirectAttributes redirect) {
        List<FieldViolation> errors = new ArrayList<>();
        try {
            var input = sessionInput(form, errors);
            MarketingForms.throwIfAny(errors);
            catalogue.createSession(caller, code, input);
            Flash.success(redirect, "admin.session.created");
            return "redirect:/admin/courses/" + code;
        } catch (InvalidInputException e) {
            model.addAttribute("sessionErrors", FormErrors.texts(e.violations(), messages));
            model.addAttribute("sessionForm", form);
        }
        return course(caller, code, model);
    }

    /** Seats, trainer and place of a session; new seats go to its waiting list first. */
    @PostMapping("/admin/sessions/{id}")
    String updateSession(Caller caller, @PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        var session = training.session(id);
        List<FieldViolation> errors = new ArrayList<>();
        try {
            var input = sessionInput(form, errors);
            MarketingForms.throwIfAny(errors);
            catalogue.updateSession(caller, id, new SessionInput(session.startDate(), session.endDate(), input.seats(),
                    input.trainerPartnerId(), input.trainerName(), input.location()));
            Flash.success(redirect, "admin.session.saved");
        } catch (InvalidInputException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/admin/courses/" + session.courseCode();
    }

    @GetMapping("/admin/payments")
    String payments(Caller caller, @RequestParam(required = false) Long partnerId, @RequestParam(defaultValue = "0") int page,
                    Model model) {
        return showPayments(caller, partnerId, page, model, new HashMap<>());
    }

    @PostMapping("/admin/payments")
    String recordPayment(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        List<FieldViolation> errors = new ArrayList<>();
        try {
            PaymentKind kind = MarketingForms.choice(errors, "kind", form.get("kind"), PaymentKind.class);
            var payment = payments.record(caller, new NewPayment(null, form.get("taxId"),
                    MarketingForms.date(errors, "paidOn", form.get("paidOn")), MarketingForms.money(errors, "amount", form.get("amount")),
                    kind, form.get("reference")));
            Flash.success(redirect, "admin.payment.recorded", payment.getAmount().toPlainString());
            return "redirect:/admin/payments";
        } catch (InvalidInputException e) {
            // A value that did not parse reached the domain as missing: its own error is the one that explains it.
            List<FieldViolation> all = new ArrayList<>(errors);
            e.violations().stream().filter(v -> errors.stream().noneMatch(p -> p.field().equals(v.field()))).forEach(all::add);
            model.addAttribute("fieldErrors", FormErrors.texts(all, messages));
        }
        return showPayments(caller, null, 0, model, form);
    }

    /** A CSV file from accounting: all its payments or none, with every bad line named. */
    @PostMapping("/admin/payments/import")
    String importPayments(Caller caller, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                          RedirectAttributes redirect) {
        if (Uploads.isMissing(file)) {
            Flash.problem(redirect, "upload.choose");
            return "redirect:/admin/payments";
        }
        try {
            var result = payments.importCsv(caller, Uploads.bytes(file));
            Flash.success(redirect, "admin.payment.imported", String.valueOf(result.imported()), result.total().toPlainString());
            return "redirect:/admin/payments";
        } catch (ImportRejectedException e) {
            model.addAttribute("importErrors", e.violations().stream()
                    .map(v -> new ImportError(v.line(), v.field(), messages.text(v.message()))).toList());
        } catch (InvalidInputException e) {
            Flash.problemNow(model, e);
        }
        return showPayments(caller, null, 0, model, new HashMap<>());
    }

    private String showCourses(Caller caller, int page, Model model, Map<String, String> form) {
        model.addAttribute("courses", catalogue.courses(caller, UiPaging.of(page)));
        model.addAttribute("kinds", CourseKind.values());
        model.addAttribute("programmes", UniversityProgramme.values());
        model.addAttribute("form", form);
        return VIEW_COURSES;
    }

    private String showCourse(Caller caller, String code, Model model, Map<String, String> form) {
        model.addAttribute("course", catalogue.course(caller, code));
        model.addAttribute("sessions", catalogue.sessions(caller, code, PageRequest.of(0, 100)));
        model.addAttribute("programmes", UniversityProgramme.values());
        model.addAttribute("form", form);
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", new HashMap<String, String>());
        }
        return VIEW_COURSE;
    }

    private String showPayments(Caller caller, Long partnerId, int page, Model model, Map<String, String> form) {
        model.addAttribute("payments", payments.list(caller, partnerId, UiPaging.of(page)));
        model.addAttribute("kinds", PaymentKind.values());
        model.addAttribute("partnerId", partnerId);
        model.addAttribute("form", form);
        return VIEW_PAYMENTS;
    }

    private static CourseInput courseInput(Map<String, String> form, List<FieldViolation> errors, boolean active) {
        CourseKind kind = null;
        UniversityProgramme programme = null;
        try {
            kind = form.get("kind") == null || form.get("kind").isBlank() ? null : CourseKind.valueOf(form.get("kind"));
            programme = form.get("programme") == null || form.get("programme").isBlank() ? null
                    : UniversityProgramme.valueOf(form.get("programme"));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldViolation("kind", "error.choice"));
        }
        BigDecimal price = MarketingForms.money(errors, "price", form.get("price"));
        Integer days = MarketingForms.integer(errors, "durationDays", form.get("durationDays"));
        MarketingForms.throwIfAny(errors);
        return new CourseInput(form.get("code"), form.get("title"), kind, programme, price, days, active);
    }

    private static SessionInput sessionInput(Map<String, String> form, List<FieldViolation> errors) {
        LocalDate start = MarketingForms.date(errors, "startDate", form.get("startDate"));
        LocalDate end = MarketingForms.date(errors, "endDate", form.get("endDate"));
        Integer seats = MarketingForms.integer(errors, "seats", form.get("seats"));
        Integer trainer = MarketingForms.integer(errors, "trainerPartnerId", form.get("trainerPartnerId"));
        return new SessionInput(start, end, seats, trainer == null ? null : trainer.longValue(),
                form.get("trainerName"), form.get("location"));
    }

}
