package dev.partnerprogram.workflow.task;

import dev.partnerprogram.application.ApplicationDetails;
import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.application.ApplicationService.ReviewDecision;
import dev.partnerprogram.application.DocumentKind;
import dev.partnerprogram.application.DocumentRepository;
import dev.partnerprogram.application.PlannedActivity;
import dev.partnerprogram.application.StatusApplication;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.inbox.InboxEntry;
import dev.partnerprogram.inbox.InboxFilter;
import dev.partnerprogram.inbox.InboxReadModel;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
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
    private static final Pattern TASK_ID = Pattern.compile("^[0-9a-fA-F-]{1,64}$");

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    private final ApplicationService applications;
    private final DocumentRepository documents;
    private final TaskSubjects subjects;
    private final InboxReadModel inbox;
    private final AppUserRepository users;
    private final Clock clock;
    private final Map<String, TaskHandler> handlers;
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();

    public TaskInbox(TaskService tasks, RuntimeService runtime, HistoryService history, RepositoryService repository,
                     ApplicationService applications, DocumentRepository documents, TaskSubjects subjects, InboxReadModel inbox,
                     AppUserRepository users, Clock clock, List<TaskHandler> handlers) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.applications = applications;
        this.documents = documents;
        this.subjects = subjects;
        this.inbox = inbox;
        this.users = users;
        this.clock = clock;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(TaskHandler::processKey, h -> h));
    }

    @Transactional(readOnly = true)
    public Page<TaskView> list(Caller caller, Pageable pageable) {
        return list(caller, InboxFilter.NONE, pageable);
    }

    /** The caller's open tasks (assigned to them or offered to their groups), from the inbox read model. */
    @Transactional(readOnly = true)
    public Page<TaskView> list(Caller caller, InboxFilter filter, Pageable pageable) {
        return inbox.search(new InboxReadModel.Reader(caller.username(), caller.groups()), filter, pageable)
                .map(TaskInbox::view);
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
                e.overdue(), e.assignee(), e.candidateGroups(), List.of(),
                e.partner() == null ? null : new TaskView.Partner(e.partner().id(), e.partner().name(), e.partner().taxId(),
                        e.partner().region()));
    }

    /**
     * The caller's open task on one subject of a handled process (a compensation, a joint event), if it has one,
     * so a subject's page can offer the task's form in place.
     */
    @Transactional(readOnly = true)
    public Optional<TaskView> openTaskOn(Caller caller, String subjectType, long subjectId) {
        Optional<TaskHandler> handler = handlers.values().stream().filter(h -> h.subjectType().equals(subjectType)).findFirst();
        if (handler.isEmpty()) {
            return Optional.empty();
        }
        String businessKey = Long.toString(subjectId);
        return tasks.createTaskQuery().active().processDefinitionKey(handler.get().processKey())
                .processInstanceBusinessKey(businessKey).list().stream()
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
        if (taskId == null || !TASK_ID.matcher(taskId).matches()) {
            throw new NotFoundException("notFound.task");
        }
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("notFound.task");
        }
        return task;
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

    /** Validates the input, records the decision in the domain and completes the task, all in one transaction. */
    @Transactional
    public void complete(Caller caller, String taskId, TaskCompletion input) {
        Task task = visibleTask(caller, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.username())) {
            throw new ConflictException("conflict.taskClaimed", task.getAssignee());
        }
        TaskHandler handler = handlers.get(processKey(task.getProcessDefinitionId()));
        if (handler != null) {
            Map<String, Object> variables = handler.complete(task.getTaskDefinitionKey(), subjectId(task), caller, input);
            completeTask(task, variables);
            return;
        }
        long applicationId = applicationId(task);
        Map<String, Object> variables = new HashMap<>();
        switch (task.getTaskDefinitionKey()) {
            case PartnerApplicationProcess.USER_REVIEW_APPLICATION -> {
                ReviewDecision decision = decision(input.decision(), EnumSet.allOf(ReviewDecision.class));
                applications.recordReviewDecision(applicationId, decision, input.comment(), caller.username());
                PartnerApplicationProcess.DECISION.put(variables, decision.name());
            }
            case PartnerApplicationProcess.USER_REVISE_APPLICATION ->
                    applications.revise(applicationId, revisedDetails(applications.get(applicationId), input), input.comment(), caller.username());
            case PartnerApplicationProcess.USER_UPLOAD_AGREEMENT ->
                    applications.agreementUploaded(applicationId, caller.username(),
                            documents.existsByApplicationIdAndKind(applicationId, DocumentKind.AGREEMENT));
            case PartnerApplicationProcess.USER_CONFIRM_AGREEMENT -> {
                ReviewDecision decision = decision(input.decision(), EnumSet.of(ReviewDecision.APPROVE, ReviewDecision.REWORK));
                applications.recordAgreementDecision(applicationId, decision == ReviewDecision.APPROVE, input.comment(), caller.username());
                PartnerApplicationProcess.DECISION.put(variables, decision.name());
            }
            default -> throw new IllegalStateException("No form handler for task " + task.getTaskDefinitionKey());
        }
        completeTask(task, variables);
    }

    private void completeTask(Task task, Map<String, Object> variables) {
        try {
            tasks.complete(task.getId(), variables);
        } catch (OptimisticLockingException e) {
            throw new ConflictException("conflict.taskCompleted");
        }
    }

    /** Processes with a handler carry their subject's id as the business key. */
    private long subjectId(Task task) {
        String businessKey = businessKeys(List.of(task)).get(task.getProcessInstanceId());
        if (businessKey == null) {
            throw new IllegalStateException("Task " + task.getId() + " has no subject");
        }
        return Long.parseLong(businessKey);
    }

    private Task visibleTask(Caller caller, String taskId) {
        if (taskId == null || !TASK_ID.matcher(taskId).matches()) {
            throw new NotFoundException("notFound.task");
        }
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            var finished = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
            if (finished != null && mayHaveSeen(caller, finished.getProcessInstanceId())) {
                throw new ConflictException("conflict.taskCompleted");
            }
            throw new NotFoundException("notFound.task");
        }
        if (!mayAct(caller, task)) {
            throw new NotFoundException("notFound.task");
        }
        return task;
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

    private long applicationId(Task task) {
        Object value = tasks.getVariable(task.getId(), PartnerApplicationProcess.APPLICATION_ID.name());
        if (value == null) {
            throw new IllegalStateException("Task " + task.getId() + " has no application");
        }
        return ((Number) value).longValue();
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
        Long parsed = TaskSubjects.subjectId(businessKey);
        long subjectId = parsed == null ? 0 : parsed;
        String processKey = processKey(task.getProcessDefinitionId());
        TaskHandler handler = handlers.get(processKey);
        List<FormField> form = !withForm ? List.of()
                : handler != null ? handler.form(task.getTaskDefinitionKey()) : TaskForms.of(task.getTaskDefinitionKey());
        return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey,
                businessKey, new TaskView.Subject(subjects.typeOf(processKey), subjectId),
                task.getCreateTime().toInstant(), due, due != null && due.isBefore(clock.instant()), task.getAssignee(), groups, form,
                inbox.find(task.getId()).map(InboxEntry::partner)
                        .map(p -> new TaskView.Partner(p.id(), p.name(), p.taxId(), p.region())).orElse(null));
    }

    private String processKey(String processDefinitionId) {
        return processKeys.computeIfAbsent(processDefinitionId,
                id -> repository.getProcessDefinition(id).getKey());
    }

    private static ReviewDecision decision(String value, Set<ReviewDecision> allowed) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("decision", "error.required");
        }
        try {
            ReviewDecision decision = ReviewDecision.valueOf(value.trim().toUpperCase(Locale.ROOT));
            if (allowed.contains(decision)) {
                return decision;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below with the allowed values
        }
        throw new InvalidInputException("decision", "error.oneOf", TaskInputs.names(allowed));
    }

    /** Fields the partner leaves out keep their current values. */
    private static ApplicationDetails revisedDetails(StatusApplication current, TaskCompletion input) {
        ApplicationDetails d = current.details();
        List<FieldViolation> errors = new ArrayList<>();
        Set<PlannedActivity> activities = d.activities();
        String activitiesInput = input.field("activities");
        if (activitiesInput != null && !activitiesInput.isBlank()) {
            try {
                activities = Arrays.stream(activitiesInput.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(s -> PlannedActivity.valueOf(s.toUpperCase(Locale.ROOT)))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlannedActivity.class)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation("activities", "error.choice"));
            }
        }
        Integer teamSize = d.teamSize();
        String teamInput = input.field("teamSize");
        if (teamInput != null && !teamInput.isBlank()) {
            try {
                teamSize = Integer.valueOf(teamInput.trim());
            } catch (NumberFormatException e) {
                errors.add(new FieldViolation("teamSize", "error.integer"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ApplicationDetails(
                or(input.field("companyName"), d.companyName()), or(input.field("region"), d.region()),
                or(input.field("website"), d.website()), or(input.field("contactName"), d.contactName()),
                or(input.field("contactEmail"), d.contactEmail()), or(input.field("contactPhone"), d.contactPhone()),
                activities, teamSize, or(input.field("description"), d.description()));
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
