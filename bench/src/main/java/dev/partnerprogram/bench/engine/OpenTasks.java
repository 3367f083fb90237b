package dev.partnerprogram.bench.engine;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * The open user tasks of a bench engine as the application's inbox listener ({@code workflow.inbox.InboxTaskListener})
 * sees them: added to every user task by a parse listener, as the application's {@code InboxEnginePlugin} does, and
 * told of the same task events, so the data generator can leave the inbox read model exactly as the application's
 * listener would have (the application then starts without rebuilding it).
 */
public final class OpenTasks implements TaskListener {

    /** The events the application's listener subscribes to. */
    static final Set<String> EVENTS = Set.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE, EVENTNAME_COMPLETE,
            EVENTNAME_DELETE);
    /** The process variable the application's listener reads the partner from when the subject does not name one. */
    public static final String PARTNER_VARIABLE = "partnerId";

    /** A task as the engine last told the listener about it; the same fields the application's listener passes on. */
    public record EngineTask(String id, String processInstanceId, String processDefinitionId, String taskKey, String name,
                             String businessKey, String assignee, Date created, Date due, Set<String> groups,
                             Object partnerVariable) {}

    /** A completed task that had a deadline and groups, as the application's listener records it for the SLA figures. */
    public record FinishedDeadline(String id, String processDefinitionId, String taskKey, String group, Date due, Date ended) {}

    private final Map<String, EngineTask> open = new ConcurrentHashMap<>();
    private final List<FinishedDeadline> finished = new CopyOnWriteArrayList<>();

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            EngineTask known = open.remove(task.getId());
            if (known != null && known.due() != null && !known.groups().isEmpty()) {
                finished.add(new FinishedDeadline(known.id(), known.processDefinitionId(), known.taskKey(),
                        known.groups().stream().max(String::compareTo).orElseThrow(), known.due(), ClockUtil.getCurrentTime()));
            }
            return;
        }
        if (EVENTNAME_DELETE.equals(task.getEventName())) {
            open.remove(task.getId());
            return;
        }
        Set<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).collect(Collectors.toSet());
        open.put(task.getId(), new EngineTask(task.getId(), task.getProcessInstanceId(), task.getProcessDefinitionId(),
                task.getTaskDefinitionKey(), task.getName(),
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(), task.getAssignee(),
                task.getCreateTime(), task.getDueDate(), groups, task.getVariable(PARTNER_VARIABLE)));
    }

    /** The tasks still open, by id. */
    public List<EngineTask> open() {
        return open.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    /** The tasks completed with a deadline, in the order they were completed. */
    public List<FinishedDeadline> finishedWithDeadline() {
        return List.copyOf(finished);
    }

    /** The recorder of an engine started by {@link BenchEngine}. */
    public static OpenTasks of(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCustomPostBPMNParseListeners().stream()
                .filter(Installer.class::isInstance).map(l -> ((Installer) l).tasks).findFirst()
                .orElseThrow(() -> new IllegalStateException("Not an engine started by BenchEngine"));
    }

    /** Adds the recorder to every user task at parse time, as the application's engine plugin adds its listener. */
    static final class Installer extends AbstractBpmnParseListener {
        final OpenTasks tasks = new OpenTasks();

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            EVENTS.forEach(event -> definition.addTaskListener(event, tasks));
        }
    }
}
