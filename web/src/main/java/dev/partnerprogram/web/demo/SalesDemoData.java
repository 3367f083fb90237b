package dev.partnerprogram.web.demo;

import dev.partnerprogram.casestudy.NewCaseStudy;
import dev.partnerprogram.deal.DealRequest;
import dev.partnerprogram.handover.HandoverKind;
import dev.partnerprogram.handover.HandoverRequest;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.request.NewPartnerRequest;
import dev.partnerprogram.request.PartnerRequestKind;
import dev.partnerprogram.request.VendorEvent;
import dev.partnerprogram.workflow.casestudy.CaseStudyWorkflow;
import dev.partnerprogram.workflow.deal.DealWorkflow;
import dev.partnerprogram.workflow.handover.HandoverWorkflow;
import dev.partnerprogram.workflow.request.PartnerRequestWorkflow;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskCompletion;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The sales demo of «Альфа Софт», dated from the day the demo starts: a deal waiting for the managers, a protected one
 * and a joint one waiting for a manager's terms; a project offered to it; the vendor's solutions and its requests (one
 * open, one done); a case study published on its directory page. Made through the workflow facades, as users would.
 */
@Component
@ConditionalOnProperty(name = "partner-program.demo.enabled", havingValue = "true")
class SalesDemoData {

    /** Completes the caller's open task on a subject, as the demo's other steps do. */
    interface Tasks {
        void complete(Caller who, SubjectType type, long subjectId, TaskCompletion completion);
    }

    private final DealWorkflow deals;
    private final HandoverWorkflow handovers;
    private final PartnerRequestWorkflow requests;
    private final CaseStudyWorkflow caseStudies;
    private final Clock clock;

    SalesDemoData(DealWorkflow deals, HandoverWorkflow handovers, PartnerRequestWorkflow requests, CaseStudyWorkflow caseStudies,
                  Clock clock) {
        this.deals = deals;
        this.handovers = handovers;
        this.requests = requests;
        this.caseStudies = caseStudies;
        this.clock = clock;
    }

    /** Needs «Альфа Софт» with its status (it registers deals and requests) and its confirmed projects. */
    void create(Caller alfa, Caller reviewer, Caller manager, Caller admin, Tasks tasks) {
        LocalDate today = LocalDate.now(clock);
        deals.register(alfa, new DealRequest("АО «Северсталь-Логистика»", "7707083893", "Москва", 120,
                new BigDecimal("4800000.00"), today.plusMonths(3), false));
        var protectedDeal = deals.register(alfa, new DealRequest("ООО «Медицинские технологии»", "7728168971", "Москва", 40,
                new BigDecimal("1650000.00"), today.plusMonths(2), false));
        tasks.complete(manager, SubjectType.DEAL, protectedDeal.id(),
                new TaskCompletion("APPROVE", "Заказчик подтвердил интерес", Map.of()));
        deals.register(alfa, new DealRequest("ГКУ «Центр цифровизации»", "7710474375", "Москва", 300,
                new BigDecimal("12500000.00"), today.plusMonths(5), true));

        handovers.offer(manager, new HandoverRequest("Сопровождение Directum RX", "ООО «Столичный банк»", "Москва", HandoverKind.SUPPORT));

        var government = requests.addSolution(admin, "Directum RX для госсектора");
        requests.addSolution(admin, "Directum RX: договорная работа");
        requests.submit(alfa, new NewPartnerRequest(PartnerRequestKind.SOLUTION_SALE, government.id(), "ГКУ «Центр цифровизации»",
                null, null, null, "Нужна демонстрация решения заказчику и помощь с техническим заданием"));
        var forum = requests.submit(alfa, new NewPartnerRequest(PartnerRequestKind.VENDOR_EVENT, null, null, VendorEvent.FORUM,
                VendorEvent.Role.PARTICIPANT, null, "Стенд и доклад о проекте электронного архива"));
        tasks.complete(reviewer, SubjectType.PARTNER_REQUEST, forum.id(),
                new TaskCompletion("APPROVE", "Место на форуме забронировано", Map.of()));

        caseStudies.projectsToTell(alfa).stream().findFirst().ifPresent(project -> {
            var told = caseStudies.submit(alfa, new NewCaseStudy(project.id(), "Договорная работа завода в Directum RX",
                    "800 сотрудников согласуют договоры в одной системе; срок согласования сократился с 12 до 4 дней.", true));
            tasks.complete(reviewer, SubjectType.CASE_STUDY, told.id(),
                    new TaskCompletion("APPROVE", null, Map.of()));
        });
    }
}
