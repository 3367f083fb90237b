package dev.partnerprogram.workflow.inbox;

import dev.partnerprogram.inbox.InboxReadModel;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the inbox read model in line with the engine when they disagree at start-up: after an upgrade that adds the
 * read model to a database with open tasks, or tasks created by something that ran the engine without our listener
 * (an import, a data generator). Reads the engine a page at a time; each page is written in its own transaction.
 */
@Component
public class InboxSync {
    private static final Logger log = LoggerFactory.getLogger(InboxSync.class);
    private static final int PAGE = 500;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final InboxReadModel readModel;
    private final InboxWriter writer;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InboxSync(TaskService tasks, RuntimeService runtime, InboxReadModel readModel, InboxWriter writer,
              NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.readModel = readModel;
        this.writer = writer;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void checkAtStartUp() {
        long engine = tasks.createTaskQuery().count();
        long ours = readModel.count();
        if (engine != ours) {
            log.info("The inbox has {} tasks, the engine {}: rebuilding the inbox", ours, engine);
            rebuild();
        }
    }

    /** Answers how many open tasks the inbox has afterwards. */
    public int rebuild() {
        long started = System.nanoTime();
        Instant rebuildStart = clock.instant();
        Set<String> seen = new HashSet<>();
        for (int first = 0; ; first += PAGE) {
            List<Task> page = tasks.createTaskQuery().orderByTaskId().asc().listPage(first, PAGE);
            if (page.isEmpty()) {
                break;
            }
            Map<String, String> businessKeys = businessKeys(page);
            Map<String, Set<String>> groups = candidateGroups(page);
            transactions.executeWithoutResult(status -> page.forEach(t -> writer.save(new InboxWriter.EngineTask(t.getId(),
                    t.getProcessInstanceId(), t.getProcessDefinitionId(), t.getTaskDefinitionKey(), t.getName(),
                    businessKeys.get(t.getProcessInstanceId()), t.getAssignee(), t.getCreateTime(), t.getDueDate(),
                    groups.getOrDefault(t.getId(), Set.of()), () -> null))));
            page.forEach(t -> seen.add(t.getId()));
            if (page.size() < PAGE) {
                break;
            }
        }
        transactions.executeWithoutResult(status -> readModel.retainOnly(seen, rebuildStart));
        log.info("Inbox rebuilt: {} open tasks in {} ms", seen.size(), (System.nanoTime() - started) / 1_000_000);
        return seen.size();
    }

    private Map<String, String> businessKeys(List<Task> page) {
        Set<String> ids = page.stream().map(Task::getProcessInstanceId).filter(id -> id != null).collect(Collectors.toSet());
        Map<String, String> result = new HashMap<>();
        if (!ids.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(ids).list()
                    .forEach(pi -> result.put(pi.getId(), pi.getBusinessKey()));
        }
        return result;
    }

    /** One query for the page instead of one per task. */
    private Map<String, Set<String>> candidateGroups(List<Task> page) {
        Map<String, Set<String>> result = new HashMap<>();
        jdbc.query("select task_id_, group_id_ from act_ru_identitylink where type_ = 'candidate' and group_id_ is not null"
                        + " and task_id_ in (:ids)", Map.of("ids", page.stream().map(Task::getId).toList()),
                rs -> {
                    result.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        return result;
    }
}
