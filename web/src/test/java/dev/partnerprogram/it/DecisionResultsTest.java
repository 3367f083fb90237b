package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.workflow.engine.DecisionResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A DMN decision's result is kept per deployed definition and exact inputs: the same inputs are not evaluated again, a
 * redeployed table is, and the least recently used result goes beyond the bound. A table of its own (a key no model
 * uses), deployed to the running engine and removed after.
 */
class DecisionResultsTest extends IntegrationTest {
    private final String key = "decision-results-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> deployments = new ArrayList<>();
    /** The inputs each evaluation was read for: an evaluation that a kept result spared leaves no entry. */
    private final List<Object> evaluated = new ArrayList<>();

    @Autowired
    RepositoryService repository;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DecisionResults results;

    @AfterEach
    void removeTheTable() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void theSameInputs_areDecidedOnce_untilTheTableIsRedeployed() {
        deploy("small");

        assertThat(results.decide(key, Map.of("size", 3), answer())).isEqualTo("small");
        assertThat(results.decide(key, Map.of("size", 3), answer())).isEqualTo("small");
        assertThat(results.decide(key, Map.of("size", 30), answer())).isEqualTo("large");
        assertThat(evaluated).as("the second call for size 3 was answered from the kept result").containsExactly(3, 30);

        deploy("little");
        assertThat(results.decide(key, Map.of("size", 3), answer())).as("the redeployed table, not the kept result")
                .isEqualTo("little");
        assertThat(evaluated).containsExactly(3, 30, 3);
    }

    @Test
    void beyondTheBound_theLeastRecentlyUsedResultIsDecidedAgain() {
        deploy("small");
        DecisionResults keepingTwo = new DecisionResults(engine, 2);

        keepingTwo.decide(key, Map.of("size", 1), answer());
        keepingTwo.decide(key, Map.of("size", 2), answer());
        keepingTwo.decide(key, Map.of("size", 1), answer());
        keepingTwo.decide(key, Map.of("size", 3), answer());
        keepingTwo.decide(key, Map.of("size", 1), answer());
        keepingTwo.decide(key, Map.of("size", 2), answer());

        assertThat(evaluated).as("size 2, used least recently, made room for size 3").containsExactly(1, 2, 3, 2);
    }

    private Function<DmnDecisionResult, String> answer() {
        return decided -> {
            evaluated.add(decided.getSingleResult().<Object>getEntry("size"));
            return decided.getSingleResult().getEntry("answer");
        };
    }

    private void deploy(String smallAnswer) {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                             id="definitions_%1$s" name="%1$s" namespace="https://partnerprogram.dev/dmn">
                  <decision id="%1$s" name="%1$s" camunda:historyTimeToLive="P1D">
                    <decisionTable id="table_%1$s" hitPolicy="UNIQUE">
                      <input id="input_size"><inputExpression id="input_size_expression" typeRef="integer"><text>size</text></inputExpression></input>
                      <output id="output_size" name="size" typeRef="integer"/>
                      <output id="output_answer" name="answer" typeRef="string"/>
                      <rule id="small">
                        <inputEntry id="small_size"><text>&lt; 10</text></inputEntry>
                        <outputEntry id="small_echo"><text>size</text></outputEntry>
                        <outputEntry id="small_answer"><text>"%2$s"</text></outputEntry>
                      </rule>
                      <rule id="large">
                        <inputEntry id="large_size"><text>&gt;= 10</text></inputEntry>
                        <outputEntry id="large_echo"><text>size</text></outputEntry>
                        <outputEntry id="large_answer"><text>"large"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key, smallAnswer);
        deployments.add(repository.createDeployment().name(key).addString(key + ".dmn", dmn).deploy().getId());
    }
}
