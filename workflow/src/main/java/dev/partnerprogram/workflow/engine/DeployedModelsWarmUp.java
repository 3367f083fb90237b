package dev.partnerprogram.workflow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads the latest version of every process model into the engine's deployment cache at start, on one thread, after
 * the engine has deployed and before the job executor and the web server start.
 *
 * <p>Loaded lazily, a model is put into the cache before its asynchronous steps and timers are given their job
 * definitions' ids; a second thread that finds it there in that moment makes a job without a process definition and
 * fails ("processDefinitionId is null", seen once in the benchmark's smoke test: two asynchronous grants right after a
 * start, each starting a partner's agreement). Models of older versions, with only running instances left, are still
 * loaded on first use: they start nothing new.
 */
@Component
class DeployedModelsWarmUp implements SmartInitializingSingleton {
    private final ProcessEngine engine;

    DeployedModelsWarmUp(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void afterSingletonsInstantiated() {
        RepositoryService repository = engine.getRepositoryService();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            // Reads the definition through the deployment cache, which parses and registers it.
            repository.getProcessDefinition(definition.getId());
        }
    }
}
