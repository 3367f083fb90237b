package dev.partnerprogram.workflow.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds the inbox listener to every user task of every deployed process, so new processes need no code to appear in
 * the inbox; and, once the engine has created its tables, the indexes our dashboards' history queries need.
 */
@Component
class InboxEnginePlugin extends AbstractProcessEnginePlugin {
    private static final Logger log = LoggerFactory.getLogger(InboxEnginePlugin.class);

    /**
     * Dashboards ask the history by process and period (started, finished, time per step); the engine indexes these
     * columns one by one. The engine owns its schema, so these are created here, after it, and only if missing.
     */
    static final List<String> HISTORY_INDEXES = List.of(
            "create index if not exists pp_hi_procinst_key_start on act_hi_procinst (proc_def_key_, start_time_)",
            "create index if not exists pp_hi_procinst_key_end on act_hi_procinst (proc_def_key_, end_time_)",
            "create index if not exists pp_hi_taskinst_key_end on act_hi_taskinst (proc_def_key_, end_time_, task_def_key_)",
            "create index if not exists pp_hi_actinst_key_end on act_hi_actinst (proc_def_key_, end_time_, act_id_, duration_)");

    private final InboxTaskListener listener;

    InboxEnginePlugin(ObjectProvider<InboxWriter> writer) {
        this.listener = new InboxTaskListener(writer);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                InboxTaskListener.EVENTS.forEach(event -> definition.addTaskListener(event, listener));
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        var dataSource = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDataSource();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String ddl : HISTORY_INDEXES) {
                statement.execute(ddl);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // Slower dashboards, not a broken application: the engine's own indexes still answer every query.
            log.warn("Could not create the dashboards' history indexes: {}", e.getMessage());
        }
    }
}
