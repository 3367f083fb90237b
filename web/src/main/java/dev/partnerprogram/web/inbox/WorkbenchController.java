package dev.partnerprogram.web.inbox;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.dashboard.ProgramDashboard;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.inbox.InboxFilter;
import dev.partnerprogram.web.comment.CommentsCard;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import dev.partnerprogram.workflow.compensation.CompensationWorkflow;
import dev.partnerprogram.workflow.inbox.SavedFilters;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.task.TaskView;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.data.domain.Page;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reviewers' workbench: the list of tasks and the open task side by side on one page. The list stays as filtered
 * while a task is claimed, completed and the next one opened; its state lives in the address ({@code ?due=…&task=…}),
 * and every form sends it back ({@code _back}) so the answer returns to the same list with the next task open.
 */
@PageController
class WorkbenchController {
    static final String VIEW = "inbox/workbench";
    static final String BACK = "_back";
    /** The filter's parameters and the list's page: all the list's state that the workbench keeps in the address. */
    static final List<String> LIST_PARAMS = List.of("process", "task", "partner", "region", "due", "assigned", "q", "sort", "page");
    /** Most tasks one bulk claim takes: a page of the list, with room. */
    static final int MAX_BULK = 100;

    /** A view of the list one click away, with the number of tasks it shows. */
    record View(Long id, String key, String label, String query, long count, boolean active) {}

    private final TaskInbox inbox;
    private final SavedFilters savedFilters;
    private final TaskPages tasks;
    private final CommentsCard comments;
    private final ApplicationWorkflow applications;
    private final CompensationWorkflow compensations;
    private final ProgramDashboard program;

    WorkbenchController(TaskInbox inbox, SavedFilters savedFilters, TaskPages tasks, CommentsCard comments,
                        ApplicationWorkflow applications, CompensationWorkflow compensations, ProgramDashboard program) {
        this.inbox = inbox;
        this.savedFilters = savedFilters;
        this.tasks = tasks;
        this.comments = comments;
        this.applications = applications;
        this.compensations = compensations;
        this.program = program;
    }

    @GetMapping("/workbench")
    String show(Caller caller, @RequestParam Map<String, String> params, Model model) {
        return render(caller, listState(params), params.get("open"), model);
    }

    /** Completes the open task with its form, then shows the next task of the same list. */
    @PostMapping("/workbench/{taskId}")
    String complete(Caller caller, @PathVariable String taskId, @RequestParam MultiValueMap<String, String> posted,
                    Model model, RedirectAttributes redirect) {
        Map<String, String> back = backState(posted.getFirst(BACK));
        String next = nonNull(posted.getFirst("_next"));
        Map<String, String> form = TaskPages.flatten(posted);
        form.remove(BACK);
        form.remove("_next");
        TaskView task;
        try {
            task = inbox.get(caller, taskId);
        } catch (ConflictException | NotFoundException e) {
            Flash.problem(redirect, e);
            return redirect(back, null);
        }
        try {
            tasks.complete(caller, task, form);
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            Flash.problem(redirect, e);
            return redirect(back, taskId);
        } catch (InvalidInputException e) {
            tasks.rejected(task, form, e, model);
            return render(caller, back, taskId, model);
        }
        Flash.success(redirect, "task.completed", tasks.name(task));
        return redirect(back, nextTask(caller, back, taskId, next));
    }

    @PostMapping("/workbench/{taskId}/claim")
    String claim(Caller caller, @PathVariable String taskId, @RequestParam(name = BACK, required = false) String back,
                 RedirectAttributes redirect) {
        return changeClaim(inbox::claim, caller, taskId, back, redirect);
    }

    @PostMapping("/workbench/{taskId}/unclaim")
    String unclaim(Caller caller, @PathVariable String taskId, @RequestParam(name = BACK, required = false) String back,
                   RedirectAttributes redirect) {
        return changeClaim(inbox::unclaim, caller, taskId, back, redirect);
    }

    /** Claims or releases the task; one someone else took, released or finished meanwhile is said on the list. */
    private static String changeClaim(BiConsumer<Caller, String> change, Caller caller, String taskId, String back,
                                      RedirectAttributes redirect) {
        try {
            change.accept(caller, taskId);
        } catch (ConflictException | NotFoundException e) {
            Flash.problem(redirect, e);
        }
        return redirect(backState(back), taskId);
    }

    /** Claims every chosen task it can; tasks someone else took or finished meanwhile are counted and left. */
    @PostMapping("/workbench/claim")
    String claimAll(Caller caller, @RequestParam(name = "ids", required = false) List<String> ids,
                    @RequestParam(name = BACK, required = false) String back, RedirectAttributes redirect) {
        Map<String, String> state = backState(back);
        if (ids == null || ids.isEmpty()) {
            Flash.problem(redirect, "workbench.bulk.none");
            return redirect(state, null);
        }
        if (ids.size() > MAX_BULK) {
            Flash.problem(redirect, "workbench.bulk.tooMany", MAX_BULK);
            return redirect(state, null);
        }
        int claimed = 0;
        int skipped = 0;
        for (String id : ids.stream().distinct().toList()) {
            try {
                inbox.claim(caller, id);
                claimed++;
            } catch (ConflictException | NotFoundException e) {
                skipped++;
            }
        }
        if (skipped == 0) {
            Flash.success(redirect, "workbench.bulk.claimed", claimed);
        } else {
            Flash.warning(redirect, "workbench.bulk.claimedSkipped", claimed, skipped);
        }
        return redirect(state, null);
    }

    @PostMapping("/workbench/{taskId}/comments")
    String comment(Caller caller, @PathVariable String taskId, @RequestParam(name = BACK, required = false) String back,
                   @ModelAttribute(CommentsCard.FORM) CommentsCard.CommentForm form, BindingResult result,
                   RedirectAttributes redirect) {
        TaskView task = inbox.get(caller, taskId);
        String page = redirect(backState(back), taskId).substring("redirect:".length());
        return comments.add(caller, task.subject().type(), task.subject().id(), form, result, redirect, page);
    }

    /** Saves the list's current filter under a name; the new view is then the one shown. */
    @PostMapping("/workbench/filters")
    String saveFilter(Caller caller, @RequestParam(required = false) String name,
                      @RequestParam(name = BACK, required = false) String back, RedirectAttributes redirect) {
        Map<String, String> state = backState(back);
        state.remove("page");
        try {
            var saved = savedFilters.save(caller, name, filterOf(state));
            Flash.success(redirect, "workbench.filter.saved", saved.name());
        } catch (InvalidInputException | ConflictException e) {
            Flash.problem(redirect, e);
        }
        return redirect(state, null);
    }

    @PostMapping("/workbench/filters/{id}/delete")
    String deleteFilter(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
        try {
            savedFilters.delete(caller, id);
            Flash.success(redirect, "workbench.filter.deleted");
        } catch (NotFoundException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/workbench";
    }

    private String render(Caller caller, Map<String, String> state, String openTaskId, Model model) {
        InboxFilter filter;
        try {
            filter = filterOf(state);
        } catch (InvalidInputException e) {
            model.addAttribute("filterErrors", e.violations().stream().map(v -> v.field()).toList());
            state = new LinkedHashMap<>();
            filter = filterOf(state);
        }
        int page = parsePage(state.get("page"));
        Page<TaskView> list = inbox.list(caller, filter, UiPaging.of(page));
        String listQuery = query(state, null);
        model.addAttribute("tasks", list);
        model.addAttribute("filter", filter);
        model.addAttribute("listQuery", listQuery);
        model.addAttribute("filterQuery", query(withoutPage(state), null));
        model.addAttribute("views", views(caller, filter));
        InboxFilter shown = filter;
        model.addAttribute("savedFilters", savedFilters.list(caller).stream()
                .map(f -> new View(f.id(), "saved-" + f.id(), f.name(), query(params(f.filter()), null), f.count(),
                        f.filter().equals(shown)))
                .toList());
        model.addAttribute("kinds", inbox.taskKinds());
        model.addAttribute("regions", program.regions());
        model.addAttribute("dueOptions", InboxFilter.Due.values());
        model.addAttribute("assignmentOptions", InboxFilter.Assignment.values());
        model.addAttribute("sortOptions", InboxFilter.Sort.values());
        model.addAttribute("maxFilterName", SavedFilters.MAX_NAME);
        if (openTaskId != null && !openTaskId.isBlank()) {
            open(caller, openTaskId, list, state, model);
        }
        return VIEW;
    }

    /** The open task beside the list: its form, its subject's summary, trail and comments, and the task after it. */
    private void open(Caller caller, String taskId, Page<TaskView> list, Map<String, String> state, Model model) {
        TaskView task;
        try {
            task = model.containsAttribute(TaskPages.TASK) ? (TaskView) model.getAttribute(TaskPages.TASK) : inbox.get(caller, taskId);
        } catch (ConflictException | NotFoundException e) {
            Flash.problemNow(model, e);
            return;
        }
        if (!model.containsAttribute(TaskPages.TASK)) {
            tasks.show(task, task.values(), model);
        }
        String next = after(list.getContent(), task.id());
        model.addAttribute("openId", task.id());
        model.addAttribute("nextId", next);
        Map<String, String> hidden = new LinkedHashMap<>();
        hidden.put(BACK, query(state, null));
        hidden.put("_next", next == null ? "" : next);
        model.addAttribute(TaskPages.HIDDEN, hidden);
        model.addAttribute("subjectPath", SubjectType.of(task.subject().type()).map(t -> t.page(task.subject().id())).orElse(null));
        model.addAttribute("steps", inbox.trail(caller, task.id()));
        model.addAttribute("mine", caller.username().equals(task.assignee()));
        String type = task.subject().type();
        if (SubjectType.APPLICATION.code().equals(type)) {
            model.addAttribute("app", applications.get(caller, task.subject().id()));
        } else if (SubjectType.COMPENSATION.code().equals(type)) {
            var compensation = compensations.get(caller, task.subject().id());
            model.addAttribute("compensation", compensation);
            model.addAttribute("taskLines", compensation.lines());
        }
        comments.show(caller, type, task.subject().id(), "/workbench/" + task.id() + "/comments?" + BACK + "="
                + URLEncoder.encode(query(state, null), StandardCharsets.UTF_8), model);
    }

    /** The task to open after {@code done}: the one that followed it in the list, else the list's first other task. */
    private String nextTask(Caller caller, Map<String, String> state, String done, String proposed) {
        Page<TaskView> list = inbox.list(caller, filterOf(state), UiPaging.of(parsePage(state.get("page"))));
        List<String> ids = list.getContent().stream().map(TaskView::id).filter(id -> !id.equals(done)).toList();
        if (!proposed.isEmpty() && ids.contains(proposed)) {
            return proposed;
        }
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static String after(List<TaskView> list, String taskId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(taskId)) {
                return i + 1 < list.size() ? list.get(i + 1).id() : (i > 0 ? list.get(0).id() : null);
            }
        }
        return list.isEmpty() ? null : list.get(0).id();
    }

    /** The views one click away, each with its count: everything, mine, unassigned, overdue, due this week. */
    private List<View> views(Caller caller, InboxFilter current) {
        List<View> views = new ArrayList<>();
        views.add(view(caller, "all", Map.of(), current));
        views.add(view(caller, "mine", Map.of("assigned", "ME"), current));
        views.add(view(caller, "unassigned", Map.of("assigned", "UNASSIGNED"), current));
        views.add(view(caller, "overdue", Map.of("due", "OVERDUE"), current));
        views.add(view(caller, "week", Map.of("due", "WEEK"), current));
        return views;
    }

    private View view(Caller caller, String key, Map<String, String> params, InboxFilter current) {
        InboxFilter filter = filterOf(params);
        return new View(null, key, "workbench.view." + key, query(params, null), inbox.count(caller, filter), filter.equals(current));
    }

    /** The filter of the list; the workbench lists by due date (overdue first, then the oldest) unless told otherwise. */
    static InboxFilter filterOf(Map<String, String> state) {
        return InboxFilter.of(state.get("process"), state.get("task"), state.get("partner"), state.get("region"),
                state.get("due"), state.get("assigned"), state.get("q"), state.getOrDefault("sort", InboxFilter.Sort.DUE.name()));
    }

    /** The filter's fields as the address's parameters (the default order left out). */
    static Map<String, String> params(InboxFilter f) {
        Map<String, String> p = new LinkedHashMap<>();
        putIf(p, "process", f.processKey());
        putIf(p, "task", f.taskKey());
        putIf(p, "partner", f.partnerId() == null ? null : f.partnerId().toString());
        putIf(p, "region", f.region());
        putIf(p, "due", f.due() == null ? null : f.due().name());
        putIf(p, "assigned", f.assignment() == null ? null : f.assignment().name());
        putIf(p, "q", f.search());
        if (f.sort() != InboxFilter.Sort.DUE) {
            p.put("sort", f.sort().name());
        }
        return p;
    }

    private static void putIf(Map<String, String> p, String name, String value) {
        if (value != null) {
            p.put(name, value);
        }
    }

    /** Only the list's own parameters, non-blank, in a fixed order: nothing else from a request reaches an address. */
    static Map<String, String> listState(Map<String, String> params) {
        Map<String, String> state = new LinkedHashMap<>();
        for (String name : LIST_PARAMS) {
            String value = params.get(name);
            if (value != null && !value.isBlank()) {
                state.put(name, value.trim());
            }
        }
        return state;
    }

    /** The list's state as a form sent it back: the encoded query the page rendered. */
    static Map<String, String> backState(String back) {
        Map<String, String> params = new LinkedHashMap<>();
        UriComponentsBuilder.fromUriString("?" + nonNull(back)).build().getQueryParams().forEach((name, values) ->
                params.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        values.isEmpty() || values.get(0) == null ? "" : URLDecoder.decode(values.get(0), StandardCharsets.UTF_8)));
        return listState(params);
    }

    private static Map<String, String> withoutPage(Map<String, String> state) {
        Map<String, String> copy = new LinkedHashMap<>(state);
        copy.remove("page");
        return copy;
    }

    /** The list's query (encoded), with the task to open when there is one. */
    static String query(Map<String, String> state, String open) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        state.forEach(builder::queryParam);
        if (open != null) {
            builder.queryParam("open", open);
        }
        String query = builder.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static String redirect(Map<String, String> state, String open) {
        String query = query(state, open);
        return query.isEmpty() ? "redirect:/workbench" : "redirect:/workbench?" + query;
    }

    private static int parsePage(String page) {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
