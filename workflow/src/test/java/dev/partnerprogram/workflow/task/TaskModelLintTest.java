package dev.partnerprogram.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Holds the task model to the BPMN models: every user task of every process has a form spec in its process's handler,
 * and no spec names a task that no model has. Adding a user task without its spec fails here, not in front of a user.
 */
class TaskModelLintTest {

    @Test
    void everyUserTaskHasASpec_andEverySpecAUserTask() throws IOException {
        Map<String, Set<String>> modelled = userTasksByProcess();
        Map<String, Set<String>> specified = new TreeMap<>();
        TaskHandlers.all().forEach(h -> h.specs().forEach(s ->
                specified.computeIfAbsent(h.processKey(), k -> new TreeSet<>()).add(s.taskKey())));

        assertThat(modelled).as("user tasks of the models, by process").isNotEmpty();
        assertThat(specified).as("form specs of the handlers, by process").isEqualTo(modelled);
    }

    @Test
    void oneHandlerAProcess_andNoTaskSpecifiedTwice() {
        Set<String> processes = new HashSet<>();
        for (TaskHandler handler : TaskHandlers.all()) {
            assertThat(processes.add(handler.processKey())).as("handlers of %s", handler.processKey()).isTrue();
            Set<String> keys = new HashSet<>();
            handler.specs().forEach(s -> assertThat(keys.add(s.taskKey())).as("specs of %s", s.taskKey()).isTrue());
        }
    }

    @Test
    void everySubjectTypeAHandlerNamesHasExactlyOneAnswer() {
        Set<SubjectType> answered = new HashSet<>();
        TaskHandlers.all().stream().filter(SubjectAccess.class::isInstance).map(h -> ((SubjectAccess) h).type())
                .forEach(type -> assertThat(answered.add(type)).as("beans answering for %s", type).isTrue());
        TaskHandlers.all().forEach(h -> assertThat(answered).as("subject of %s", h.processKey()).contains(h.subject()));
    }

    private static Map<String, Set<String>> userTasksByProcess() throws IOException {
        Map<String, Set<String>> tasks = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
            try (InputStream in = resource.getInputStream()) {
                var model = Bpmn.readModelFromStream(in);
                for (Process process : model.getModelElementsByType(Process.class)) {
                    // Found anywhere below the process: a user task inside a subprocess is the process's too.
                    model.getModelElementsByType(UserTask.class).stream()
                            .filter(task -> isWithin(task, process))
                            .forEach(task -> tasks.computeIfAbsent(process.getId(), k -> new TreeSet<>()).add(task.getId()));
                }
            }
        }
        return tasks;
    }

    private static boolean isWithin(UserTask task, Process process) {
        for (var parent = task.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent.equals(process)) {
                return true;
            }
        }
        return false;
    }
}
