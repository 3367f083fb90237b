package dev.partnerprogram.bench.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A standalone engine on a bench database, configured like the application's (history level, id generator,
 * no metrics, no Java serialization) but with the BPMN's delegate beans resolved from {@link NoOpDelegates}.
 * Jobs run only when the caller executes them, so nothing happens behind the measuring thread's back. Every user task
 * carries the {@link OpenTasks} listener, in the place of the application's inbox listener.
 */
public final class BenchEngine {

    /**
     * The models on the classpath (the processes jar), deployed under the name, file names and patterns of the
     * application's Spring Boot auto-deployment, so the application later finds them unchanged and deploys no second version.
     */
    public static final String DEPLOYMENT_NAME = "SpringAutoDeployment";
    private static final List<String> RESOURCE_PATTERNS = List.of("classpath*:bpmn/*.bpmn", "classpath*:dmn/*.dmn");

    private BenchEngine() {}

    public static ProcessEngine start(DataSource dataSource) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bench-" + UUID.randomUUID());
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory("activity");
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new OpenTasks.Installer())));
        ProcessEngine engine = configuration.buildProcessEngine();
        deploy(engine);
        return engine;
    }

    private static void deploy(ProcessEngine engine) {
        var deployment = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(false);
        var resolver = new PathMatchingResourcePatternResolver(BenchEngine.class.getClassLoader());
        int found = 0;
        try {
            for (String pattern : RESOURCE_PATTERNS) {
                for (Resource resource : resolver.getResources(pattern)) {
                    try (InputStream in = resource.getInputStream()) {
                        deployment.addInputStream(resource.getFilename(), in);
                        found++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found == 0) {
            throw new IllegalStateException("No BPMN on the classpath: the processes jar is missing");
        }
        deployment.deploy();
    }
}
