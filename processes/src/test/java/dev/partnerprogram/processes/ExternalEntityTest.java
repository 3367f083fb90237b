package dev.partnerprogram.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployed model is XML from outside the code: one that declares an external entity must be refused before the
 * parser reads the file the entity names (XXE), rather than have the file's content end up in the model.
 */
class ExternalEntityTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    @Test
    void aModelDeclaringAnExternalEntity_isRefused_andNothingIsDeployed(@TempDir Path folder) throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT", StandardCharsets.UTF_8);
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE definitions [ <!ENTITY secret SYSTEM "%s"> ]>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="xxe" targetNamespace="http://partnerprogram.dev/xxe">
                  <process id="xxe-probe" name="&secret;" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="start"/>
                    <endEvent id="end"/>
                    <sequenceFlow id="flow" sourceRef="start" targetRef="end"/>
                  </process>
                </definitions>
                """.formatted(secret.toUri());
        RepositoryService repository = engine.getRepositoryService();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngine()
                .getProcessEngineConfiguration();

        assertThat(configuration.isEnableXxeProcessing()).isFalse();
        assertThatThrownBy(() -> repository.createDeployment().name("xxe-probe").addString("xxe.bpmn", model).deploy())
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET-CONTENT");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("xxe-probe").count()).isZero();
        assertThat(repository.createDeploymentQuery().deploymentName("xxe-probe").count()).isZero();
    }
}
