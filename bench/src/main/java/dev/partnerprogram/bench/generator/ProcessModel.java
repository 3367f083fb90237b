package dev.partnerprogram.bench.generator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.pvm.ReadOnlyProcessDefinition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * A deployed process definition as the history tables need it: its id, key and time to live, and for each
 * activity the type and name the engine would write. Read from the parsed model, so they never drift from the BPMN.
 */
public final class ProcessModel {

    /**
     * An activity's type (as in {@code ACT_HI_ACTINST.ACT_TYPE_}), name, and whether it runs in its own execution; for a
     * user task offered to fixed groups, the one its finished deadlines count under (the last by name, as the
     * application's inbox listener records it), else null.
     */
    public record Activity(String id, String type, String name, boolean scope, String deadlineGroup) {}

    private final ProcessDefinition definition;
    private final ReadOnlyProcessDefinition parsed;
    private final Map<String, Activity> activities = new ConcurrentHashMap<>();

    private ProcessModel(ProcessDefinition definition, ReadOnlyProcessDefinition parsed) {
        this.definition = definition;
        this.parsed = parsed;
    }

    /** The latest deployed version of the key; the definitions must be deployed first. */
    public static ProcessModel latest(ProcessEngine engine, String key) {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(key).latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("Process '" + key + "' is not deployed");
        }
        var repository = (RepositoryServiceImpl) engine.getRepositoryService();
        return new ProcessModel(definition, repository.getDeployedProcessDefinition(definition.getId()));
    }

    public String id() {
        return definition.getId();
    }

    public String key() {
        return definition.getKey();
    }

    /** Days after the end at which the engine's cleanup may remove the instance's history. */
    public int historyTimeToLiveDays() {
        Integer days = definition.getHistoryTimeToLive();
        if (days == null) {
            throw new IllegalStateException(definition.getKey() + " has no historyTimeToLive");
        }
        return days;
    }

    /** Groups given by an expression are known only at run time: such tasks are left out. */
    private static String deadlineGroup(ActivityImpl activity) {
        if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask)) {
            return null;
        }
        String last = null;
        for (Expression group : userTask.getTaskDefinition().getCandidateGroupIdExpressions()) {
            String text = group.getExpressionText();
            if (text.contains("${") || text.contains("#{")) {
                return null;
            }
            last = last == null || text.compareTo(last) > 0 ? text : last;
        }
        return last;
    }

    public Activity activity(String activityId) {
        return activities.computeIfAbsent(activityId, id -> {
            var activity = (ActivityImpl) parsed.findActivity(id);
            if (activity == null) {
                throw new IllegalArgumentException(definition.getKey() + " has no activity " + id);
            }
            return new Activity(id, activity.getProperties().get(BpmnProperties.TYPE), activity.getName(), activity.isScope(),
                    deadlineGroup(activity));
        });
    }
}
