package dev.partnerprogram.workflow.task;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.inbox.InboxEntry;
import dev.partnerprogram.inbox.InboxFilter;
import dev.partnerprogram.inbox.InboxPage;
import dev.partnerprogram.inbox.InboxReadModel;
import dev.partnerprogram.workflow.engine.EngineIds;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox of user tasks for reviewers, managers and partners alike. The only class that touches the engine's
 * task service: it checks access through the task's candidate groups and assignee, answers "not found" for a task
 * the caller may not see, and records each decision in the domain before completing the task.
 */
@Service
public class TaskInbox {
    // Engine ids are UUIDs here; anything else is refused before it reaches an engine query.

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    private final SubjectRegistry subjects;
    private final InboxReadModel inbox;
    private final AppUserRepository users;
    private final Clock clock;
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();

    public TaskInbox(TaskService tasks, RuntimeService runtime, HistoryService history, RepositoryService repository,
                     SubjectRegistry subjects, InboxReadModel inbox, AppUserRepository users, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.subjects = subjects;
        this.inbox = inbox;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<TaskView> list(Caller caller, Pageable pageable) {
        return list(caller, InboxFilter.NONE, pageable);
    }

    /** The caller's open tasks (assigned to them or offered to their groups), from the inbox read model. */
    @Transactional(readOnly = true)
    public Page<TaskView> list(Caller caller, InboxFilter filter, Pageable pageable) {
        return list(caller, filter, pageable, null);
    }

    /** The same, or given the cursor that ended the page before ({@link InboxPage#next()}), the tasks after it. */
    @Transactional(readOnly = true)
    public InboxPage<TaskView> list(Caller caller, InboxFilter filter, Pageable pageable, String after) {
        return inbox.search(new InboxReadModel.Reader(caller.username(), caller.groups()), filter, pageable, after)
                .map(TaskInbox::view);
    }

    /** How many of the caller's open tasks match the filter. */
    @Transactional(readOnly = true)
    public long count(Caller caller, InboxFilter filter) {
        return inbox.count(new InboxReadModel.Reader(caller.username(), caller.groups()), filter);
    }

    /** A step done before this task in its process: which task, who finished it and when. */
    public record Step(String taskKey, String name, String assignee, java.time.Instant finished) {}

    /**
     * The user tasks already finished in the task's process, oldest first: the trail beside any task, whatever its subject.
     * Read from the engine's history for the one process instance, so the caller must be able to act on the task.
     */
    @Transactional(readOnly = true)
    public List<Step> trail(Caller caller, String taskId) {
        Task task = visibleTask(caller, taskId);
        return history.createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId()).finished()
                .orderByHistoricTaskInstanceEndTime().asc().listPage(0, 50).stream()
                .map(h -> new Step(h.getTaskDefinitionKey(), h.getName(), h.getAssignee(), h.getEndTime().toInstant()))
                .toList();
    }

    /** The kinds of open task, as {@code processKey → taskKey → name}, for the inbox's filter. */
    @Transactional(readOnly = true)
    public Map<String, Map<String, String>> taskKinds() {
        Map<String, Map<String, String>> kinds = new java.util.TreeMap<>();
        inbox.taskKinds().forEach(k -> kinds.computeIfAbsent(k.getProcessKey(), p -> new java.util.TreeMap<>())
                .put(k.getTaskKey(), k.getName() == null ? k.getTaskKey() : k.getName()));
        return kinds;
    }

    /** Every open task matching the filter, whoever it is offered to: managers' overviews of overdue work. */
    @Transactional(readOnly = true)
    public Page<TaskView> listAll(Caller caller, InboxFilter filter, Pageable pageable) {
        if (!caller.has(Role.MANAGER)) {
            throw new ForbiddenException("forbidden.tasks.managersOnly");
        }
        return inbox.searchAll(filter, pageable).map(TaskInbox::view);
    }

    private static TaskView view(InboxEntry e) {
        return new TaskView(e.taskId(), e.name(), e.taskKey(), e.processKey(), e.businessKey(),
                new TaskView.Subject(e.subjectType(), e.subjectId() == null ? 0 : e.subjectId()), e.createdAt(), e.dueAt(),
                e.overdue(), e.assignee(), e.candidateGroups(), List.of(), Set.of(), Map.of(),
                e.partner() == null ? null : new TaskView.Partner(e.partner().id(), e.partner().name(), e.partner().taxId(),
                        e.partner().region()));
    }

    /**
     * The caller's open task on one subject, if it has one, so the subject's page can offer the task's form in place.
     * The type's code comes from the registry's own constants, never from the request.
     */
    @Transactional(readOnly = true)
    public Optional<TaskView> openTaskOn(Caller caller, SubjectType type, long subjectId) {
        String businessKey = Long.toString(subjectId);
        return subjects.processesOf(type).stream()
                .flatMap(processKey -> tasks.createTaskQuery().active().processDefinitionKey(processKey)
                        .processInstanceBusinessKey(businessKey).list().stream())
                .filter(t -> mayAct(caller, t))
                .findFirst()
                .map(t -> view(t, businessKey, true));
    }

    @Transactional(readOnly = true)
    public TaskView get(Caller caller, String taskId) {
        Task task = visibleTask(caller, taskId);
        return view(task, businessKeys(List.of(task)).get(task.getProcessInstanceId()), true);
    }

    @Transactional
    public TaskView claim(Caller caller, String taskId) {
        requireStaff(caller);
        Task task = visibleTask(caller, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.username())) {
            throw new ConflictException("conflict.taskClaimed", task.getAssignee());
        }
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), caller.username());
        }
        return get(caller, taskId);
    }

    /**
     * Hands the task to a colleague who is in one of the groups the task is offered to. Only someone who may act on the
     * task and has not left it to another does this; taking a task from someone else is a manager's {@link #reassign}.
     */
    @Transactional
    public TaskView delegate(Caller caller, String taskId, String colleague) {
        requireStaff(caller);
        Task task = visibleTask(caller, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.username())) {
            throw new ConflictException("conflict.taskClaimed", task.getAssignee());
        }
        Caller to = assignable(task, colleague);
        if (!to.isStaff()) {
            throw new InvalidInputException("assignee", "error.task.assigneeNotInGroup");
        }
        tasks.setAssignee(task.getId(), to.username());
        return get(caller, taskId);
    }

    /** A manager gives any task to someone of the groups it is offered to, e.g. while its assignee is away. */
    @Transactional
    public TaskView reassign(Caller caller, String taskId, String assignee) {
        if (!caller.has(Role.MANAGER)) {
            throw new ForbiddenException("forbidden.tasks.reassign");
        }
        Task task = existingTask(taskId);
        Caller to = assignable(task, assignee);
        tasks.setAssignee(task.getId(), to.username());
        return view(task.getId());
    }

    /** The user, if enabled and in one of the task's candidate groups (a partner's users are in its company's group). */
    private Caller assignable(Task task, String username) {
        if (username == null || username.isBlank() || username.length() > 200) {
            throw new InvalidInputException("assignee", "error.required");
        }
        Caller to = users.findByUsername(username.trim()).filter(u -> u.isEnabled()).map(Caller::of)
                .orElseThrow(() -> new InvalidInputException("assignee", "error.task.unknownUser"));
        boolean inGroup = tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                        && to.groups().contains(link.getGroupId()));
        if (!inGroup) {
            throw new InvalidInputException("assignee", "error.task.assigneeNotInGroup");
        }
        return to;
    }

    private TaskView view(String taskId) {
        Task task = existingTask(taskId);
        return view(task, businessKeys(List.of(task)).get(task.getProcessInstanceId()), false);
    }

    private Task existingTask(String taskId) {
        return EngineIds.existing(taskId, "notFound.task", id -> tasks.createTaskQuery().taskId(id).singleResult());
    }

    @Transactional
    public TaskView unclaim(Caller caller, String taskId) {
        requireStaff(caller);
        Task task = visibleTask(caller, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.username()) && !caller.has(Role.MANAGER)) {
            throw new ConflictException("conflict.taskClaimed", task.getAssignee());
        }
        tasks.setAssignee(task.getId(), null);
        return get(caller, taskId);
    }

    /**
     * The one way a task is completed, from any page or the API: the task's spec checks the input, the handler records
     * the decision in the domain, and the task completes with the handler's variables, all in one transaction.
     */
    @Transactional
    public void complete(Caller caller, String taskId, TaskCompletion input) {
        InboxReadModel.OpenTask task = actionable(caller, taskId);
        if (task.assignee() != null && !task.assignee().equals(caller.username())) {
            throw new ConflictException("conflict.taskClaimed", task.assignee());
        }
        TaskHandler handler = subjects.handler(task.processKey())
                .orElseThrow(() -> new IllegalStateException("No task handler for process " + task.processKey()));
        TaskInput checked = handler.spec(task.taskKey()).read(input);
        if (task.subjectId() == null) {
            throw new IllegalStateException("Task " + task.taskId() + " has no subject");
        }
        Map<String, Object> variables = handler.complete(task.taskKey(), task.subjectId(), caller, checked);
        try {
            tasks.complete(task.taskId(), variables);
        } catch (OptimisticLockingException | NullValueException e) {
            // Completed by someone else since it was read: the engine no longer has it, or saw it change under us.
            throw new ConflictException("conflict.taskCompleted");
        }
    }

    /**
     * The open task the caller may act on, read from the inbox's row of it (kept in the engine's own transactions): one
     * query where the engine needs five (task, execution, definition, identity links, process instance). Without a row
     * that lets the caller act, the engine decides as everywhere else: finished (409) or not found (404).
     */
    private InboxReadModel.OpenTask actionable(Caller caller, String taskId) {
        EngineIds.wellFormed(taskId, "notFound.task");
        Optional<InboxReadModel.OpenTask> row = inbox.openTask(taskId);
        if (row.isPresent() && (caller.username().equals(row.get().assignee())
                || !java.util.Collections.disjoint(row.get().groups(), caller.groups()))) {
            return row.get();
        }
        Task task = visibleTask(caller, taskId);
        return new InboxReadModel.OpenTask(task.getId(), processKey(task.getProcessDefinitionId()), task.getTaskDefinitionKey(),
                SubjectRegistry.subjectId(businessKeys(List.of(task)).get(task.getProcessInstanceId())), task.getAssignee(),
                Set.of());
    }

    private Task visibleTask(Caller caller, String taskId) {
        EngineIds.wellFormed(taskId, "notFound.task");
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw gone(caller, taskId);
        }
        if (!mayAct(caller, task)) {
            // A task completed by someone else between these two reads has lost its group links already: it is finished.
            throw tasks.createTaskQuery().taskId(taskId).singleResult() == null ? gone(caller, taskId)
                    : new NotFoundException("notFound.task");
        }
        return task;
    }

    /** A task no longer open: finished (409) for whoever may see its subject, otherwise nothing (404). */
    private RuntimeException gone(Caller caller, String taskId) {
        var finished = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        if (finished != null && mayHaveSeen(caller, finished.getProcessInstanceId())) {
            return new ConflictException("conflict.taskCompleted");
        }
        return new NotFoundException("notFound.task");
    }

    private boolean mayAct(Caller caller, Task task) {
        if (caller.username().equals(task.getAssignee())) {
            return true;
        }
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && link.getGroupId() != null && caller.groups().contains(link.getGroupId()));
    }

    /** A finished task's subject decides whether the caller learns that it is finished (409) or nothing (404). */
    private boolean mayHaveSeen(Caller caller, String processInstanceId) {
        var instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null || instance.getBusinessKey() == null) {
            return false;
        }
        try {
            return subjects.maySee(caller, instance.getProcessDefinitionKey(), Long.parseLong(instance.getBusinessKey()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void requireStaff(Caller caller) {
        if (!caller.has(Role.REVIEWER) && !caller.has(Role.MANAGER)) {
            throw new ForbiddenException("forbidden.tasks.claim");
        }
    }

    private Map<String, String> businessKeys(List<Task> page) {
        Set<String> ids = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> result = new HashMap<>();
        runtime.createProcessInstanceQuery().processInstanceIds(ids).list()
                .forEach(pi -> result.put(pi.getId(), pi.getBusinessKey()));
        return result;
    }

    private TaskView view(Task task, String businessKey, boolean withForm) {
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId()).sorted().toList();
        var due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        Long parsed = SubjectRegistry.subjectId(businessKey);
        long subjectId = parsed == null ? 0 : parsed;
        String processKey = processKey(task.getProcessDefinitionId());
        TaskHandler handler = withForm ? subjects.handler(processKey).orElse(null) : null;
        TaskSpec spec = handler == null ? null : handler.spec(task.getTaskDefinitionKey());
        return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey,
                businessKey, new TaskView.Subject(subjects.typeOf(processKey), subjectId),
                task.getCreateTime().toInstant(), due, due != null && due.isBefore(clock.instant()), task.getAssignee(), groups,
                spec == null ? List.of() : spec.form(), spec == null ? Set.of() : spec.commentRequiredFor(),
                handler == null || parsed == null ? Map.of() : handler.currentValues(task.getTaskDefinitionKey(), subjectId),
                inbox.find(task.getId()).map(InboxEntry::partner)
                        .map(p -> new TaskView.Partner(p.id(), p.name(), p.taxId(), p.region())).orElse(null));
    }

    private String processKey(String processDefinitionId) {
        return processKeys.computeIfAbsent(processDefinitionId,
                id -> repository.getProcessDefinition(id).getKey());
    }

}
