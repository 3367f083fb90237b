package dev.partnerprogram.workflow.engine;

import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultAuthorizationConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDatasourceConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultFailedJobConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultHistoryConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultMetricsConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultProcessEngineConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Camunda starter's own engine settings, declared by their classes. The starter declares each of them by its
 * interface ({@code CamundaProcessEngineConfiguration} and the like), while the classes take their settings through
 * {@code @Autowired} fields and {@code @PostConstruct} methods. Spring finds those on the instance when it starts
 * normally; ahead-of-time processing (the production start, {@code -Dspring.aot.enabled=true}) generates the injection
 * at build time from the declared type instead, so the engine would start with none of them (a NullPointerException on
 * {@code camundaBpmProperties}). The starter backs off for a bean of each type (its {@code @ConditionalOnMissingBean});
 * these are the same classes under the same names and conditions, so the engine is configured as before.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfigurationBeans {

    @Bean
    static DefaultProcessEngineConfiguration camundaProcessEngineConfiguration() {
        return new DefaultProcessEngineConfiguration();
    }

    @Bean
    static DefaultDatasourceConfiguration camundaDatasourceConfiguration() {
        return new DefaultDatasourceConfiguration();
    }

    @Bean
    @ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true", matchIfMissing = true)
    static DefaultJobConfiguration camundaJobConfiguration() {
        return new DefaultJobConfiguration();
    }

    @Bean
    static DefaultHistoryConfiguration camundaHistoryConfiguration() {
        return new DefaultHistoryConfiguration();
    }

    @Bean
    static DefaultMetricsConfiguration camundaMetricsConfiguration() {
        return new DefaultMetricsConfiguration();
    }

    @Bean
    static DefaultAuthorizationConfiguration camundaAuthorizationConfiguration() {
        return new DefaultAuthorizationConfiguration();
    }

    @Bean
    static DefaultDeploymentConfiguration camundaDeploymentConfiguration() {
        return new DefaultDeploymentConfiguration();
    }

    @Bean
    static DefaultFailedJobConfiguration failedJobConfiguration() {
        return new DefaultFailedJobConfiguration();
    }
}
