package dev.partnerprogram.workflow.dashboard;

import dev.partnerprogram.common.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

/**
 * The deployed processes, as the engine's repository knows them, so a newly deployed one appears with no code: their
 * latest versions, the names of their steps and their BPMN. A process key is trusted only once it is found here.
 */
@Service
public class ProcessCatalogue {

    /** A deployed process, in its latest version. */
    public record ProcessInfo(String key, String name, int version, String definitionId) {}

    private final RepositoryService repository;
    private final Map<String, Map<String, String>> elementNames = new ConcurrentHashMap<>();

    ProcessCatalogue(RepositoryService repository) {
        this.repository = repository;
    }

    public List<ProcessInfo> processes() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessCatalogue::info)
                .sorted(Comparator.comparing(ProcessInfo::key)).toList();
    }

    public ProcessInfo process(String key) {
        return processes().stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("notFound.process"));
    }

    /** The version of a process that one instance runs on. */
    ProcessInfo definition(String definitionId) {
        return info(repository.getProcessDefinition(definitionId));
    }

    /**
     * The names of a version's steps by their ids, without line breaks; a definition never changes, so they are kept.
     * The model is parsed here rather than taken from the engine's {@code getBpmnModelInstance}, which would keep it
     * (its whole DOM, about 0.5 MB a process) in the engine's model cache although only these names are read again.
     */
    Map<String, String> stepNames(String definitionId) {
        return elementNames.computeIfAbsent(definitionId, id -> {
            Map<String, String> names = new HashMap<>();
            try (InputStream in = repository.getProcessModel(id)) {
                Bpmn.readModelFromStream(in).getModelElementsByType(FlowElement.class).forEach(e ->
                        Optional.ofNullable(e.getName()).ifPresent(n -> names.put(e.getId(), n.replace('\n', ' '))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return names;
        });
    }

    String bpmnXml(String definitionId) {
        try (InputStream in = repository.getProcessModel(definitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProcessInfo info(ProcessDefinition d) {
        return new ProcessInfo(d.getKey(), d.getName() == null ? d.getKey() : d.getName(), d.getVersion(), d.getId());
    }
}
