package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.support.IntegrationTest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The start loads every latest process model into the engine's deployment cache: a model loaded lazily is visible to
 * other threads before its job definitions' ids are set (DeployedModelsWarmUp).
 */
class DeployedModelsWarmUpTest extends IntegrationTest {
    @Autowired
    ProcessEngine engine;

    @Autowired
    ApplicationContext context;

    @Autowired
    CamundaBpmProperties camunda;

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

    /**
     * The configured patterns look only where the processes module keeps its models: they must find every model the
     * starter's default patterns (anywhere on the class path, every suffix) find, under the same file names, and the
     * engine must hold exactly those in its auto-deployment, or a model added elsewhere would silently not deploy.
     */
    @Test
    void configuredDeploymentPatterns_findEveryModelOfTheDefaultPatterns() throws IOException {
        Set<String> configured = fileNames(camunda.getDeploymentResourcePattern());
        Set<String> everywhere = fileNames(new CamundaBpmProperties().getDeploymentResourcePattern());

        assertThat(configured).hasSizeGreaterThanOrEqualTo(21).isEqualTo(everywhere);
        String latest = engine.getRepositoryService().createDeploymentQuery().deploymentName("SpringAutoDeployment")
                .orderByDeploymentTime().desc().list().get(0).getId();
        assertThat(engine.getRepositoryService().getDeploymentResources(latest)).extracting(Resource::getName)
                .containsExactlyInAnyOrderElementsOf(configured);
    }

    private static Set<String> fileNames(String[] patterns) throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        Set<String> names = new TreeSet<>();
        for (String pattern : patterns) {
            Arrays.stream(resolver.getResources(pattern)).map(org.springframework.core.io.Resource::getFilename).forEach(names::add);
        }
        return names;
    }
}
