package dev.partnerprogram.workflow.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a deployed DMN decision decided for the same inputs before, kept so that it is not evaluated again. The engine's
 * FEEL engine (Scala FEEL) parses every expression of a table on every evaluation and keeps no parsed expressions
 * (camunda/feel-scala#1149): 5.5% of the CPU of the benchmark's full stack (performance issue #19). A result is kept
 * under the decision's deployed definition id, which every deployment of a changed table renews, so a redeployed table
 * is evaluated afresh; the latest definition is looked up on every call, the one query that evaluating by key made too.
 * A kept result writes no decision history, which the engine keeps only from history level {@code full} (we run
 * {@code activity}).
 */
@Component
public class DecisionResults {
    private final RepositoryService repository;
    private final DecisionService decisions;
    private final Map<Key, Object> kept;

    private record Key(String definitionId, Map<String, Object> inputs) {}

    public DecisionResults(RepositoryService repository, DecisionService decisions,
                           @Value("${partner-program.decisions.results-kept}") int resultsKept) {
        this.repository = repository;
        this.decisions = decisions;
        this.kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
                return size() > resultsKept;
            }
        });
    }

    /**
     * The latest deployed decision {@code decisionKey} for these inputs, as {@code read} takes it from the result (what
     * is kept is {@code read}'s answer, so that no caller shares the engine's mutable result). One decision key must
     * always be read by the same function.
     */
    @SuppressWarnings("unchecked")
    public <T> T decide(String decisionKey, Map<String, Object> inputs, Function<DmnDecisionResult, T> read) {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new NotFoundException("No decision is deployed with the key " + decisionKey);
        }
        Key key = new Key(latest.getId(), Map.copyOf(inputs));
        Object known = kept.get(key);
        if (known != null) {
            return (T) known;
        }
        T decided = read.apply(decisions.evaluateDecisionById(latest.getId()).variables(inputs).evaluate());
        kept.put(key, decided);
        return decided;
    }
}
