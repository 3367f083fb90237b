package dev.partnerprogram.workflow.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.util.DecisionEvaluationUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a deployed DMN decision decided for the same inputs before, kept so that it is not evaluated again. The engine's
 * FEEL engine (Scala FEEL) parses every expression of a table on every evaluation and keeps no parsed expressions
 * (camunda/feel-scala#1149): 5.5% of the CPU of the benchmark's full stack (performance issue #19). A result is kept
 * under the decision's deployed definition id, which every deployment of a changed table renews, so a redeployed table
 * is evaluated afresh. The latest definition is looked up on every call, the one query that evaluating by key made too,
 * and a decision not kept is evaluated in the same engine command, as {@code evaluateDecisionByKey} does (evaluating by
 * id from a command of its own would read the definition's row again).
 * A kept result writes no decision history, which the engine keeps only from history level {@code full} (we run
 * {@code activity}).
 */
@Component
public class DecisionResults {
    private final CommandExecutor commands;
    private final Map<Key, Object> kept;

    private record Key(String definitionId, Map<String, Object> inputs) {}

    public DecisionResults(ProcessEngine engine, @Value("${partner-program.decisions.results-kept}") int resultsKept) {
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
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
        return commands.execute(context -> {
            DecisionDefinition latest = context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedLatestDecisionDefinitionByKey(decisionKey);
            Key key = new Key(latest.getId(), Map.copyOf(inputs));
            Object known = kept.get(key);
            if (known != null) {
                return (T) known;
            }
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkEvaluateDecision(latest);
            }
            DmnDecisionResult result;
            try {
                result = DecisionEvaluationUtil.evaluateDecision(latest, Variables.fromMap(inputs));
            } catch (Exception e) {
                throw new ProcessEngineException("Exception while evaluating decision with key '" + decisionKey + "'", e);
            }
            T decided = read.apply(result);
            kept.put(key, decided);
            return decided;
        });
    }
}
