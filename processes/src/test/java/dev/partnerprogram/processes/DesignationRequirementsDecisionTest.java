package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.DesignationRequirementsDecision.*;
import static dev.partnerprogram.processes.support.DecisionTables.checklistOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.partnerprogram.processes.support.DecisionTables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The requirements table reports every requirement of a designation, met or not, and only that designation's. */
class DesignationRequirementsDecisionTest {

    private static final DmnDecision DECISION = DecisionTables.decision(RESOURCE, KEY);

    @ParameterizedTest(name = "{0}")
    @MethodSource("checklists")
    void reportsEveryRequirementOfTheDesignation_itemByItem(String designation, Map<String, Object> facts,
                                                           Map<String, Boolean> expected) {
        assertThat(check(designation, facts)).containsExactlyEntriesOf(expected);
    }

    static Stream<Arguments> checklists() {
        return Stream.of(
                arguments(named("training center meeting everything", "TRAINING_CENTER"), facts(2, true, 1, 0, 0, false),
                        checklistOf("CERTIFIED_TRAINERS", true, "TRAINING_PLATFORM", true, "COURSES_OFFERED", true)),
                arguments(named("training center short of trainers and courses", "TRAINING_CENTER"), facts(1, true, 0, 5, 5, true),
                        checklistOf("CERTIFIED_TRAINERS", false, "TRAINING_PLATFORM", true, "COURSES_OFFERED", false)),
                arguments(named("training center without a platform", "TRAINING_CENTER"), facts(3, false, 2, 0, 0, false),
                        checklistOf("CERTIFIED_TRAINERS", true, "TRAINING_PLATFORM", false, "COURSES_OFFERED", true)),
                arguments(named("developer partner meeting everything", "DEVELOPER_PARTNER"), facts(0, false, 0, 2, 1, true),
                        checklistOf("CERTIFIED_DEVELOPERS", true, "SOLUTIONS", true, "SUPPORT_ARRANGEMENTS", true)),
                arguments(named("developer partner missing each requirement", "DEVELOPER_PARTNER"), facts(9, true, 9, 1, 0, false),
                        checklistOf("CERTIFIED_DEVELOPERS", false, "SOLUTIONS", false, "SUPPORT_ARRANGEMENTS", false)));
    }

    @Test
    void eachResultNamesTheFactItJudgedAndWhatItExpects() {
        List<Map<String, Object>> rows = DecisionTables.rows(DECISION, with("DEVELOPER_PARTNER", facts(0, false, 0, 1, 0, false)));

        assertThat(rows).extracting(r -> r.get(OUTPUT_FACT))
                .containsExactly(INPUT_CERTIFIED_DEVELOPERS, INPUT_SOLUTIONS, INPUT_HAS_SUPPORT);
        assertThat(rows).extracting(r -> r.get(OUTPUT_EXPECTED)).containsExactly(">= 2", ">= 1", "described");
    }

    private static Map<String, Object> facts(int trainers, boolean platform, int courses, int developers, int solutions,
                                             boolean support) {
        return Map.of(INPUT_CERTIFIED_TRAINERS, trainers, INPUT_HAS_PLATFORM, platform, INPUT_COURSES_OFFERED, courses,
                INPUT_CERTIFIED_DEVELOPERS, developers, INPUT_SOLUTIONS, solutions, INPUT_HAS_SUPPORT, support);
    }

    private static Map<String, Object> with(String designation, Map<String, Object> facts) {
        Map<String, Object> variables = new HashMap<>(facts);
        variables.put(INPUT_DESIGNATION, designation);
        return variables;
    }

    private static Map<String, Boolean> check(String designation, Map<String, Object> facts) {
        return DecisionTables.checklist(DecisionTables.rows(DECISION, with(designation, facts)), OUTPUT_REQUIREMENT, OUTPUT_MET);
    }
}
