package dev.partnerprogram.workflow.dashboard;

import dev.partnerprogram.dashboard.ProcessRollups;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds the rollups' history handler after the engine's database handler, in one composite: every history event reaches
 * both, in the same command and transaction.
 */
@Component
class RollupEnginePlugin extends AbstractProcessEnginePlugin {
    private final RollupHistoryHandler handler;

    RollupEnginePlugin(ObjectProvider<ProcessRollups> rollups, ObjectProvider<JdbcTemplate> jdbc) {
        this.handler = new RollupHistoryHandler(rollups, jdbc);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // The database handler first: when a task or step ends, it reads the start time the event lacks from the history
        // row, and the duration our handler adds up is computed from it. The engine would put its own handler last.
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new DbHistoryEventHandler());
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(handler);
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
    }
}
