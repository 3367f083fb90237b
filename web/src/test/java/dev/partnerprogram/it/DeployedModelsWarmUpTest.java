package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.support.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The start loads every latest process model into the engine's deployment cache: a model loaded lazily is visible to
 * other threads before its job definitions' ids are set (DeployedModelsWarmUp).
 */
class DeployedModelsWarmUpTest extends IntegrationTest {
    @Autowired
    ProcessEngine engine;

    @Autowired
    ApplicationContext context;

    @Test
    void everyLatestModel_isLoadedIntoTheCache_byTheWarmUp() {
        DeploymentCache cache = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache();
        List<ProcessDefinition> latest = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();

        assertThat(latest).hasSizeGreaterThanOrEqualTo(15);
        cache.getProcessDefinitionCache().clear();
        assertThat(cache.getProcessDefinitionCache().get(latest.get(0).getId())).isNull();

        context.getBean("deployedModelsWarmUp", SmartInitializingSingleton.class).afterSingletonsInstantiated();

        assertThat(latest).allSatisfy(definition -> {
            var cached = cache.getProcessDefinitionCache().get(definition.getId());
            assertThat(cached).as(definition.getKey()).isNotNull();
            assertThat(cached.getActivities()).isNotEmpty();
        });
    }
}
