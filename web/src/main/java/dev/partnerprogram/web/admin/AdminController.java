package dev.partnerprogram.web.admin;

import dev.partnerprogram.notification.OutboxAdministration;
import dev.partnerprogram.notification.OutboxSender;
import dev.partnerprogram.notification.OutboxStatus;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.operations.ProcessOperations;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages: process operations (incidents, failed jobs) and the mail outbox. */
@PageController
class AdminController {
    static final String VIEW_OPERATIONS = "admin/operations";
    static final String VIEW_OUTBOX = "admin/outbox";
    static final String VIEW_MESSAGE = "admin/message";

    private final ProcessOperations operations;
    private final OutboxAdministration outbox;
    private final OutboxSender sender;
    private final UiMessages messages;

    AdminController(ProcessOperations operations, OutboxAdministration outbox, OutboxSender sender, UiMessages messages) {
        this.operations = operations;
        this.outbox = outbox;
        this.sender = sender;
        this.messages = messages;
    }

    /** Two lists on one page, so each has its own page parameter. */
    @GetMapping("/admin")
    String operations(@RequestParam(defaultValue = "0") int incidentsPage, @RequestParam(defaultValue = "0") int jobsPage,
                      Model model) {
        model.addAttribute("counts", operations.counts());
        model.addAttribute("incidents", operations.incidents(UiPaging.of(incidentsPage)));
        model.addAttribute("jobs", operations.failedJobs(UiPaging.of(jobsPage)));
        return VIEW_OPERATIONS;
    }

    @PostMapping("/admin/jobs/{jobId}/retry")
    String retry(@PathVariable String jobId, RedirectAttributes redirect) {
        operations.retry(jobId);
        Flash.success(redirect, "admin.jobs.retried");
        return "redirect:/admin";
    }

    @PostMapping("/admin/jobs/retry-all")
    String retryAll(RedirectAttributes redirect) {
        int count = operations.retryAllFailed();
        Flash.success(redirect, "admin.jobs.retriedAll", count);
        return "redirect:/admin";
    }

    @GetMapping("/admin/outbox")
    String outbox(@RequestParam(required = false) OutboxStatus status, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("mails", outbox.list(status, UiPaging.of(page)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("mailConfigured", sender.isConfigured());
        return VIEW_OUTBOX;
    }

    @GetMapping("/admin/outbox/{id}")
    String message(@PathVariable long id, Model model) {
        model.addAttribute("mail", outbox.get(id));
        return VIEW_MESSAGE;
    }

    @PostMapping("/admin/outbox/{id}/requeue")
    String requeue(@PathVariable long id, RedirectAttributes redirect) {
        outbox.requeue(id);
        Flash.success(redirect, "admin.outbox.requeued", id);
        return "redirect:/admin/outbox/" + id;
    }
}
