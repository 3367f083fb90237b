package dev.partnerprogram.processes.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** Our DMN tables, parsed and evaluated by a default DMN engine, the one the process engine embeds. */
public final class DecisionTables {

    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private DecisionTables() {}

    public static DmnEngine engine() {
        return ENGINE;
    }

    /** The decision of that key in the classpath resource, with the decisions it requires. */
    public static DmnDecision decision(String resource, String key) {
        try (InputStream in = DecisionTables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + resource);
            }
            return ENGINE.parseDecision(key, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every matched rule's outputs, in the table's order. */
    public static List<Map<String, Object>> rows(DmnDecision decision, Map<String, Object> variables) {
        return ENGINE.evaluateDecision(decision, variables).getResultList();
    }

    /** An expected checklist, item after item: {@code "ITEM_A", true, "ITEM_B", false}, in the table's order. */
    public static Map<String, Boolean> checklistOf(Object... itemThenMet) {
        Map<String, Boolean> checklist = new LinkedHashMap<>();
        for (int i = 0; i < itemThenMet.length; i += 2) {
            checklist.put((String) itemThenMet[i], (Boolean) itemThenMet[i + 1]);
        }
        return checklist;
    }

    /** A checklist table's answer: each row's item (the {@code itemOutput}) and whether it is met, in the table's order. */
    public static Map<String, Boolean> checklist(List<Map<String, Object>> rows, String itemOutput, String metOutput) {
        Map<String, Boolean> report = new LinkedHashMap<>();
        rows.forEach(row -> report.put((String) row.get(itemOutput), (Boolean) row.get(metOutput)));
        return report;
    }
}
