package dev.partnerprogram.web.demo;

import dev.partnerprogram.application.ApplicationDetails;
import dev.partnerprogram.application.DocumentKind;
import dev.partnerprogram.application.PlannedActivity;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.certification.CertificationTrack;
import dev.partnerprogram.compensation.ActivityKind;
import dev.partnerprogram.compensation.CompensationRequest;
import dev.partnerprogram.event.EventFormat;
import dev.partnerprogram.event.JointEventRequest;
import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.RegistrationService.Registration;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.payment.PaymentKind;
import dev.partnerprogram.payment.PaymentService.NewPayment;
import dev.partnerprogram.training.CatalogueService.CourseInput;
import dev.partnerprogram.training.CatalogueService.SessionInput;
import dev.partnerprogram.training.CourseKind;
import dev.partnerprogram.training.UniversityProgramme;
import dev.partnerprogram.upgrade.ProjectComplexity;
import dev.partnerprogram.upgrade.ProjectService.ProjectInput;
import dev.partnerprogram.workflow.application.ApplicationView;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import dev.partnerprogram.workflow.certification.CertificationWorkflow;
import dev.partnerprogram.workflow.compensation.CompensationWorkflow;
import dev.partnerprogram.workflow.compensation.JointEventWorkflow;
import dev.partnerprogram.workflow.identity.Registrations;
import dev.partnerprogram.workflow.partner.Partners;
import dev.partnerprogram.workflow.payment.Payments;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskView;
import dev.partnerprogram.workflow.training.Catalogue;
import dev.partnerprogram.workflow.training.EnrollmentView;
import dev.partnerprogram.workflow.training.TrainingWorkflow;
import dev.partnerprogram.workflow.upgrade.TierFacade;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo users and partner companies in different states, for the embedded default only. The companies are taken
 * through the real processes (via the workflow facade), so their tasks, history and mail are what users would see.
 */
@Component
@ConditionalOnProperty(name = "partner-program.demo.enabled", havingValue = "true")
class DemoData {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final byte[] SIGNED_PDF = "%PDF-1.4\n% signed partner agreement (demo)\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final Registrations registrations;
    private final ApplicationWorkflow applications;
    private final TaskInbox inbox;
    private final CompensationWorkflow compensations;
    private final JointEventWorkflow jointEvents;
    private final Partners partners;
    private final TaskScheduler scheduler;
    private final Catalogue catalogue;
    private final TrainingWorkflow training;
    private final CertificationWorkflow certification;
    private final Payments payments;
    private final TierFacade tier;
    private final SalesDemoData sales;
    private final Clock clock;
    private final String port;

    DemoData(AppUserRepository users, PasswordEncoder passwords, Registrations registrations,
             ApplicationWorkflow applications, TaskInbox inbox, CompensationWorkflow compensations, JointEventWorkflow jointEvents,
             Partners partners, TaskScheduler scheduler, Catalogue catalogue, TrainingWorkflow training,
             CertificationWorkflow certification, Payments payments, TierFacade tier, SalesDemoData sales, Clock clock,
             @Value("${server.port:8080}") String port) {
        this.users = users;
        this.passwords = passwords;
        this.registrations = registrations;
        this.applications = applications;
        this.inbox = inbox;
        this.compensations = compensations;
        this.jointEvents = jointEvents;
        this.partners = partners;
        this.scheduler = scheduler;
        this.catalogue = catalogue;
        this.training = training;
        this.certification = certification;
        this.payments = payments;
        this.tier = tier;
        this.sales = sales;
        this.clock = clock;
        this.port = port;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!users.existsByUsername("admin")) {
            create();
        }
        log.info("""

                ================================================================
                 Partner Program is running: http://localhost:{}/
                 Demo sign-in (embedded default only):
                   admin / admin          administrator (outbox, incidents, jobs)
                   manager / manager      manager and reviewer in every group
                   reviewer / reviewer    reviewer: partner-managers, training, marketing, finance
                   partner / partner      an Authorized partner company with history
                   anna@alfa-soft.example / alfa-demo-1   that company's owner (invites colleagues)
                 API: http://localhost:{}/swagger-ui.html  (HTTP Basic)
                ================================================================""", port, port);
    }

    private void create() {
        staff("admin", "Администратор", Set.of(Role.ADMIN), List.of());
        staff("manager", "Мария Менеджерова", Set.of(Role.MANAGER, Role.REVIEWER), ReviewerGroups.ALL);
        staff("reviewer", "Роман Рецензентов", Set.of(Role.REVIEWER), ReviewerGroups.ALL);
        Caller reviewer = caller("reviewer");

        Caller anna = company("ООО «Альфа Софт»", "7701000001", "Москва", "Анна Альфина", "anna@alfa-soft.example", "alfa-demo-1");
        Caller alfa = colleague(anna, "partner", "Пётр Партнёров");
        ApplicationView granted = apply(alfa, "ООО «Альфа Софт»", "Москва", "https://alfa-soft.example", 25);
        decide(reviewer, granted.id(), "APPROVE", "Команда и планы соответствуют требованиям");
        applications.upload(alfa, granted.id(), DocumentKind.AGREEMENT, "partner-agreement-signed.pdf", SIGNED_PDF);
        decide(alfa, granted.id(), null, null);
        decide(reviewer, granted.id(), "APPROVE", "Подписи и реквизиты в порядке");

        Caller beta = company("АО «Бета Интеграция»", "7802000002", "Санкт-Петербург", "Борис Бетов", "beta@beta.example", "beta-demo-1");
        apply(beta, "АО «Бета Интеграция»", "Санкт-Петербург", "https://beta-integration.example", 12);

        Caller gamma = company("ООО «Гамма Консалтинг»", "6603000003", "Екатеринбург", "Галина Гаммова", "gamma@gamma.example", "gamma-demo-1");
        ApplicationView rework = apply(gamma, "ООО «Гамма Консалтинг»", "Екатеринбург", null, 4);
        decide(reviewer, rework.id(), "REWORK", "Укажите сайт компании и опишите опыт внедрений");

        Caller delta = company("ООО «Дельта Системс»", "5404000004", "Новосибирск", "Денис Дельтов", "delta@delta.example", "delta-demo-1");
        ApplicationView waiting = apply(delta, "ООО «Дельта Системс»", "Новосибирск", "https://delta-systems.example", 9);
        decide(reviewer, waiting.id(), "APPROVE", null);
        applications.upload(delta, waiting.id(), DocumentKind.AGREEMENT, "agreement.pdf", SIGNED_PDF);
        decide(delta, waiting.id(), null, null);
        decide(reviewer, waiting.id(), "APPROVE", null);

        trainingAndCertification(reviewer, alfa, delta);
        marketingOnceAuthorized(alfa, reviewer);
        upgradeEvidence(alfa, reviewer);
    }

    /**
     * The evidence «Альфа Софт» builds towards Certified: projects (two confirmed, one waiting for a reviewer) and a
     * development plan with its manager, half done; its progress page shows what is still missing.
     */
    private void upgradeEvidence(Caller alfa, Caller reviewer) {
        LocalDate today = LocalDate.now(clock);
        var first = tier.createProject(alfa, new ProjectInput("АО «Уральский завод»", "СЭД для 800 сотрудников",
                ProjectComplexity.MEDIUM, today.minusMonths(14), today.minusMonths(8), "Перевод договорной работы в Directum RX"));
        tier.reviewProject(reviewer, alfa.partnerId(), first.getId(), TierFacade.ProjectDecision.CONFIRM, null);
        var second = tier.createProject(alfa, new ProjectInput("ГБУ «Цифровой регион»", "Электронный архив",
                ProjectComplexity.LARGE, today.minusMonths(10), today.minusMonths(2), null));
        tier.reviewProject(reviewer, alfa.partnerId(), second.getId(), TierFacade.ProjectDecision.CONFIRM, null);
        tier.createProject(alfa, new ProjectInput("ООО «Логистик-М»", "Согласование счетов",
                ProjectComplexity.SMALL, today.minusMonths(3), null, null));
        Caller manager = caller("manager");
        tier.assignManager(manager, alfa.partnerId(), "manager");
        var goal = tier.addPlanItem(manager, alfa.partnerId(), "Сертифицировать двух специалистов по настройке", today.plusMonths(3));
        tier.addPlanItem(manager, alfa.partnerId(), "Провести семинар для заказчиков Москвы", today.plusMonths(6));
        tier.markPlanItem(manager, alfa.partnerId(), goal.getId(), true);
    }

    /**
     * The status grant is an asynchronous step of the application process, and compensation is a benefit of partners
     * with a status: the marketing demo data waits for the job executor to grant it, without holding up start-up.
     */
    private void marketingOnceAuthorized(Caller alfa, Caller reviewer) {
        AtomicReference<ScheduledFuture<?>> poll = new AtomicReference<>();
        AtomicInteger attempts = new AtomicInteger();
        poll.set(scheduler.scheduleWithFixedDelay(() -> {
            try {
                if (partners.get(alfa, alfa.partnerId()).getStatus() == PartnerStatus.APPLICANT) {
                    if (attempts.incrementAndGet() > 240) {
                        log.warn("Demo partner was not granted its status; no marketing demo data");
                        poll.get().cancel(false);
                    }
                    return;
                }
                poll.get().cancel(false);
                marketing(alfa, reviewer);
            } catch (RuntimeException e) {
                poll.get().cancel(false);
                log.warn("Marketing demo data not created: {}", e.getMessage());
            }
        }, Duration.ofMillis(500)));
    }

    /**
     * Budgets for Москва and Санкт-Петербург, and activities of «Альфа Софт» in different states: one pre-approved
     * (reserved), one waiting for a manager's second approval, one in marketing's review; the sales demo; and a joint
     * event request.
     */
    private void marketing(Caller alfa, Caller reviewer) {
        Caller manager = caller("manager");
        LocalDate start = LocalDate.now(clock).plusDays(10);
        var seminar = new CompensationRequest("Семинар «Электронный документооборот в регионе»",
                ActivityKind.EVENT, "Москва", start, start, new BigDecimal("240000.00"), null, 60, 15,
                "Семинар для руководителей и ИТ-директоров с демонстрацией Directum RX");
        var exhibition = new CompensationRequest("Стенд на выставке «ИТ-Форум»",
                ActivityKind.EXHIBITION, "Москва", start.plusDays(20), start.plusDays(22), new BigDecimal("900000.00"),
                new BigDecimal("400000.00"), 1500, 120, "Стенд 12 м², раздаточные материалы, демонстрации");
        var webinars = new CompensationRequest("Серия вебинаров для госсектора", ActivityKind.WEBINAR, "Москва",
                start.plusDays(5), start.plusDays(30), new BigDecimal("80000.00"), null, 300, 40,
                "Три вебинара о переходе на Directum RX");

        // An activity draws on the budget of the year it starts in; late in December the activities start in two years.
        Stream.of(seminar, exhibition, webinars).map(a -> a.plannedStart().getYear()).distinct().forEach(year -> {
            compensations.createBudget(manager, "Москва", year, null, new BigDecimal("3000000.00"));
            compensations.createBudget(manager, "Санкт-Петербург", year, null, new BigDecimal("2000000.00"));
        });

        var approved = compensations.submit(alfa, seminar);
        completeSubject(reviewer, SubjectType.COMPENSATION, approved.id(), new TaskCompletion("APPROVE", "Хороший формат, бюджет обоснован", Map.of()));
        var secondApproval = compensations.submit(alfa, exhibition);
        completeSubject(reviewer, SubjectType.COMPENSATION, secondApproval.id(), new TaskCompletion("APPROVE", "Согласовано маркетингом", Map.of()));
        compensations.submit(alfa, webinars);

        // Before the joint event, which is the last item: whoever waits for it finds the sales demo made too.
        sales.create(alfa, reviewer, manager, caller("admin"), this::completeSubject);
        jointEvents.submit(alfa, new JointEventRequest("Бизнес-завтрак «Цифровой документооборот»",
                jointEvents.earliestDate().plusDays(14), "Москва", EventFormat.OFFLINE, 40,
                "Доклад эксперта вендора о новых возможностях Directum RX и ответы на вопросы"));
    }

    /**
     * The course catalogue with sessions; «Альфа Софт» has an earlier basic-course pass recorded (which completes its
     * application) and a confirmed enrolment in the next session, has payments that feed its University fund and specialists waiting for exams; «Дельта Системс»
     * has enrolled an employee in the basic course, waiting for training staff to confirm.
     */
    private void trainingAndCertification(Caller reviewer, Caller alfa, Caller delta) {
        LocalDate today = LocalDate.now(clock);
        Caller admin = caller("admin");
        course(admin, "DRX-BASIC", "Базовый курс Directum RX", CourseKind.BASIC, null, "30000", 2, today, "Москва, учебный центр Directum");
        course(admin, "DRX-SETUP", "Настройка и администрирование Directum RX", CourseKind.SETUP, null, "60000", 3, today, "Онлайн");
        course(admin, "DRX-DEV", "Разработка на Directum RX", CourseKind.DEVELOPMENT, null, "90000", 5, today,
                "Москва, учебный центр Directum");
        course(admin, "DRX-SALES", "Продажи Directum RX", CourseKind.SALES, null, "25000", 1, today, "Онлайн");
        course(admin, "DU-PM", "Directum University: руководитель проекта внедрения", CourseKind.UNIVERSITY,
                UniversityProgramme.PROJECT_MANAGERS, "40000", 3, today, "Санкт-Петербург");
        course(admin, "DU-SALES", "Directum University: менеджер по продажам", CourseKind.UNIVERSITY,
                UniversityProgramme.SALES_MANAGERS, "35000", 2, today, "Онлайн");

        // Its employee passed the basic course before the company applied; a colleague is enrolled in the next session.
        training.recordEarlierPass(reviewer, alfa.partnerId(), "Иван Альфин", "ivan@alfa-soft.example");
        EnrollmentView basic = training.enroll(alfa, new TrainingWorkflow.EnrollmentRequest("DRX-BASIC", null, "Мария Альфина",
                "maria@alfa-soft.example", null, null));
        completeSubject(reviewer, SubjectType.ENROLLMENT, basic.id(), new TaskCompletion("APPROVE", null, Map.of()));

        payments.record(admin, new NewPayment(alfa.partnerId(), null, today, new BigDecimal("1200000.00"),
                PaymentKind.SOFTWARE, "ALFA-2026-001"));
        payments.record(admin, new NewPayment(alfa.partnerId(), null, today, new BigDecimal("350000.00"),
                PaymentKind.SUBSCRIPTION, "ALFA-2026-002"));
        certification.register(alfa, "Иван Альфин", "ivan@alfa-soft.example", CertificationTrack.SETUP);
        certification.register(alfa, "Ольга Альфина", "olga@alfa-soft.example", CertificationTrack.DEVELOPMENT);

        training.enroll(delta, new TrainingWorkflow.EnrollmentRequest("DRX-BASIC", null, "Дмитрий Дельтов",
                "dmitry@delta-systems.example", null, null));
    }

    private void course(Caller admin, String code, String title, CourseKind kind, UniversityProgramme programme, String price,
                        int days, LocalDate today, String location) {
        catalogue.createCourse(admin, new CourseInput(code, title, kind, programme, new BigDecimal(price), days, true));
        for (int weeksAhead : new int[] {2, 8}) {
            LocalDate start = today.plusWeeks(weeksAhead);
            catalogue.createSession(admin, code, new SessionInput(start, start.plusDays(days - 1L), 12, null,
                    "Учебный центр Directum", location));
        }
    }

    private void staff(String username, String name, Set<Role> roles, List<String> groups) {
        users.save(new AppUser(username, username + "@directum.example", passwords.encode(username), name, "ru", roles, groups,
                null, clock.instant()));
    }

    private Caller company(String name, String taxId, String region, String contact, String email, String password) {
        registrations.register(new Registration(name, taxId, region, contact, email, "+7 495 000-00-00",
                password, "ru"), null);
        return caller(email);
    }

    /** A second user of the company with the short demo credentials that docs/api.md promises. */
    private Caller colleague(Caller of, String username, String name) {
        users.save(new AppUser(username, username + "@alfa-soft.example", passwords.encode(username), name, "ru",
                Set.of(Role.PARTNER), List.of(), of.partnerId(), clock.instant()));
        return caller(username);
    }

    private ApplicationView apply(Caller partner, String company, String region, String website, int team) {
        var user = users.findByUsername(partner.username()).orElseThrow();
        return applications.submit(partner, RequestedStatus.AUTHORIZED, new ApplicationDetails(
                company, region, website, user.getDisplayName(), user.getEmail(), "+7 495 000-00-00",
                EnumSet.of(PlannedActivity.RESALE, PlannedActivity.IMPLEMENTATION), team,
                "Продажи и внедрение Directum RX в регионе"));
    }

    private void decide(Caller who, long applicationId, String decision, String comment) {
        completeFirst(who, applicationId, new TaskCompletion(decision, comment, Map.of()));
    }

    private void completeFirst(Caller who, long applicationId, TaskCompletion completion) {
        completeSubject(who, SubjectType.APPLICATION, applicationId, completion);
    }

    private void completeSubject(Caller who, SubjectType subjectType, long subjectId, TaskCompletion completion) {
        TaskView task = inbox.list(who, PageRequest.of(0, 100)).stream()
                .filter(t -> t.subject().type().equals(subjectType.code()) && t.subject().id() == subjectId).findFirst()
                .orElseThrow(() -> new IllegalStateException("no task for demo " + subjectType + " " + subjectId));
        inbox.complete(who, task.id(), completion);
    }

    private Caller caller(String username) {
        return Caller.of(users.findByUsername(username).orElseThrow());
    }
}
