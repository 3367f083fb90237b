package dev.partnerprogram.bench.engine;

import dev.partnerprogram.processes.BasicTrainingRecordProcess;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * A standalone engine on a bench database, configured like the application's (history level, id generator,
 * no metrics, no Java serialization) but with the BPMN's delegate beans resolved from {@link NoOpDelegates}.
 * Jobs run only when the caller executes them, so nothing happens behind the measuring thread's back.
 */
public final class BenchEngine {

    /**
     * The processes jar's models, deployed under the name and resource names that the application's Spring Boot
     * auto-deployment uses, so the application later finds them unchanged and deploys no second version.
     */
    public static final String DEPLOYMENT_NAME = "SpringAutoDeployment";
    public static final List<String> RESOURCES = List.of(BasicTrainingRecordProcess.RESOURCE, PartnerApplicationProcess.RESOURCE);

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
        configuration.setExpressionManager(new MockExpressionManager());
        ProcessEngine engine = configuration.buildProcessEngine();
        deploy(engine);
        return engine;
    }

    private static void deploy(ProcessEngine engine) {
        var deployment = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(false);
        for (String resource : RESOURCES) {
            try (InputStream in = BenchEngine.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("No " + resource + " on the classpath: the processes jar is missing");
                }
                deployment.addInputStream(resource.substring(resource.lastIndexOf('/') + 1), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        deployment.deploy();
    }
}
