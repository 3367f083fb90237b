package dev.partnerprogram.web.inbox;

import dev.partnerprogram.application.DocumentKind;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.UnsupportedFileTypeException;
import dev.partnerprogram.common.UploadTooLargeException;
import dev.partnerprogram.dashboard.ProgramDashboard;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.inbox.InboxFilter;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.web.comment.CommentsCard;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.web.system.page.Uploads;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.task.TaskView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The inbox of user tasks and the page on which one task is done, next to the application it is about. */
@PageController
class InboxController {
    static final String VIEW_LIST = "inbox/list";
    static final String VIEW_TASK = "inbox/task";

    /** The session attribute holding the query of the inbox's last filter. */
    static final String FILTER_SESSION_KEY = "inbox.filter";
    private static final List<String> FILTER_PARAMS = List.of("process", "task", "partner", "region", "due", "assigned", "q", "sort");

    private final TaskInbox inbox;
    private final ApplicationWorkflow applications;
    private final ProgramDashboard program;
    private final CommentsCard comments;
    private final TaskPages tasks;

    InboxController(TaskInbox inbox, ApplicationWorkflow applications, ProgramDashboard program, CommentsCard comments,
                    TaskPages tasks) {
        this.inbox = inbox;
        this.applications = applications;
        this.program = program;
        this.comments = comments;
        this.tasks = tasks;
    }

    /**
     * The inbox with its filters. The filter lives in the address, and the session remembers the last one, so that
     * opening a task, completing it and coming back to {@code /inbox} shows the same filtered list.
     */
    @GetMapping("/inbox")
    String list(Caller caller, @RequestParam(defaultValue = "0") int page, @RequestParam Map<String, String> params,
                HttpServletRequest request, Model model) {
        HttpSession session = request.getSession();
        if (params.containsKey("reset")) {
            session.removeAttribute(FILTER_SESSION_KEY);
            return "redirect:/inbox";
        }
        String saved = (String) session.getAttribute(FILTER_SESSION_KEY);
        boolean filterGiven = FILTER_PARAMS.stream().anyMatch(params::containsKey);
        if (!filterGiven && !params.containsKey("page") && saved != null && !saved.isEmpty()) {
            return "redirect:/inbox?" + saved;
        }
        InboxFilter filter;
        try {
            filter = InboxFilter.of(params.get("process"), params.get("task"), params.get("partner"), params.get("region"),
                    params.get("due"), params.get("assigned"), params.get("q"), params.get("sort"));
            UriComponentsBuilder query = UriComponentsBuilder.newInstance();
            FILTER_PARAMS.stream().filter(name -> params.get(name) != null && !params.get(name).isBlank())
                    .forEach(name -> query.queryParam(name, params.get(name)));
            String remembered = query.encode().build().getQuery();
            if (filterGiven || saved == null) {
                session.setAttribute(FILTER_SESSION_KEY, remembered == null ? "" : remembered);
            }
        } catch (InvalidInputException e) {
            model.addAttribute("filterErrors", e.violations().stream().map(v -> v.field()).toList());
            filter = InboxFilter.NONE;
        }
        model.addAttribute("tasks", inbox.list(caller, filter, UiPaging.of(page)));
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", !filter.isEmpty() || filter.sort() != InboxFilter.Sort.NEWEST);
        model.addAttribute("dueOptions", InboxFilter.Due.values());
        model.addAttribute("assignmentOptions", InboxFilter.Assignment.values());
        model.addAttribute("sortOptions", InboxFilter.Sort.values());
        if (caller.isStaff()) {
            model.addAttribute("kinds", inbox.taskKinds());
            model.addAttribute("regions", program.regions());
        }
        return VIEW_LIST;
    }

    @GetMapping("/inbox/{taskId}")
    String task(Caller caller, @PathVariable String taskId, Model model) {
        TaskView task = inbox.get(caller, taskId);
        var subject = SubjectType.of(task.subject().type());
        if (subject.isPresent() && subject.get().tasksOnPage()) {
            return "redirect:" + subject.get().page(task.subject().id());
        }
        tasks.show(task, task.values(), model);
        return show(caller, task, model);
    }

    @PostMapping("/inbox/{taskId}")
    String complete(Caller caller, @PathVariable String taskId, @RequestParam MultiValueMap<String, String> posted,
                    Model model, RedirectAttributes redirect) {
        TaskView task;
        try {
            task = inbox.get(caller, taskId);
        } catch (ConflictException e) {
            return backToInbox(e, redirect);
        }
        Map<String, String> form = TaskPages.flatten(posted);
        try {
            tasks.complete(caller, task, form);
            Flash.success(redirect, "task.completed", tasks.name(task));
            return redirectToInbox();
        } catch (ConflictException e) {
            return backToInbox(e, redirect);
        } catch (ForbiddenException e) {
            Flash.problem(redirect, e);
            return "redirect:/inbox/" + taskId;
        } catch (InvalidInputException e) {
            tasks.rejected(task, form, e, model);
        }
        return show(caller, task, model);
    }

    @PostMapping("/inbox/{taskId}/claim")
    String claim(Caller caller, @PathVariable String taskId, @RequestParam(defaultValue = "false") boolean toTask,
                 RedirectAttributes redirect) {
        return changeClaim(inbox::claim, caller, taskId, toTask, redirect);
    }

    @PostMapping("/inbox/{taskId}/unclaim")
    String unclaim(Caller caller, @PathVariable String taskId, @RequestParam(defaultValue = "false") boolean toTask,
                   RedirectAttributes redirect) {
        return changeClaim(inbox::unclaim, caller, taskId, toTask, redirect);
    }

    /** Claims or releases the task; a task someone else took or released meanwhile is said on the page that follows. */
    private static String changeClaim(BiConsumer<Caller, String> change, Caller caller, String taskId, boolean toTask,
                                      RedirectAttributes redirect) {
        try {
            change.accept(caller, taskId);
        } catch (ConflictException e) {
            Flash.problem(redirect, e);
        }
        return toTask ? "redirect:/inbox/" + taskId : redirectToInbox();
    }

    /** The signed agreement is uploaded on the task's own page, right above the button that completes the task. */
    @PostMapping("/inbox/{taskId}/agreement")
    String uploadAgreement(Caller caller, @PathVariable String taskId,
                           @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        TaskView task = inbox.get(caller, taskId);
        if (Uploads.isMissing(file)) {
            Flash.problem(redirect, "upload.choose");
            return "redirect:/inbox/" + taskId;
        }
        try {
            var upload = Uploads.of(file);
            var document = applications.upload(caller, task.subject().id(), DocumentKind.AGREEMENT, upload.fileName(), upload.data());
            Flash.success(redirect, "upload.done", document.name());
        } catch (UploadTooLargeException | UnsupportedFileTypeException | ConflictException | InvalidInputException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/inbox/" + taskId;
    }

    /** Back to the inbox as the user last filtered it (one redirect: a second one would lose the flash message). */
    private static String redirectToInbox() {
        HttpSession session = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest().getSession(false);
        String saved = session == null ? null : (String) session.getAttribute(FILTER_SESSION_KEY);
        return saved == null || saved.isEmpty() ? "redirect:/inbox" : "redirect:/inbox?" + saved;
    }

    /** A task someone else finished or took meanwhile: nothing to do here any more, so back to the list. */
    private String backToInbox(ConflictException e, RedirectAttributes redirect) {
        Flash.problem(redirect, e);
        return redirectToInbox();
    }

    private String show(Caller caller, TaskView task, Model model) {
        model.addAttribute("uploadAgreement", PartnerApplicationProcess.USER_UPLOAD_AGREEMENT.equals(task.taskKey()));
        if (SubjectType.APPLICATION.code().equals(task.subject().type())) {
            var application = applications.get(caller, task.subject().id());
            model.addAttribute("app", application);
            model.addAttribute("agreements", application.documents().stream()
                    .filter(d -> DocumentKind.AGREEMENT.name().equals(d.kind())).toList());
        } else {
            model.addAttribute("agreements", List.of());
        }
        comments.show(caller, task.subject().type(), task.subject().id(), "/inbox/" + task.id() + "/comments", model);
        return VIEW_TASK;
    }

    /** A comment on the task's subject, added without leaving the task's page; staff choose who reads it. */
    @PostMapping("/inbox/{taskId}/comments")
    String comment(Caller caller, @PathVariable String taskId, @ModelAttribute(CommentsCard.FORM) CommentsCard.CommentForm form,
                   BindingResult result, RedirectAttributes redirect) {
        TaskView task = inbox.get(caller, taskId);
        return comments.add(caller, task.subject().type(), task.subject().id(), form, result, redirect, "/inbox/" + taskId);
    }

    /** Hands the task to a colleague of the same group (or, for a manager, to anyone of its groups). */
    @PostMapping("/inbox/{taskId}/assign")
    String assign(Caller caller, @PathVariable String taskId, @RequestParam(required = false) String assignee,
                  RedirectAttributes redirect) {
        try {
            if (caller.has(Role.MANAGER)) {
                inbox.reassign(caller, taskId, assignee);
            } else {
                inbox.delegate(caller, taskId, assignee);
            }
            Flash.success(redirect, "task.assigned", assignee);
        } catch (ConflictException e) {
            Flash.problem(redirect, e);
        } catch (InvalidInputException e) {
            Flash.problem(redirect, "task.assign.invalid");
        }
        return "redirect:/inbox/" + taskId;
    }
}
