package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.DesignationRequirementsDecision.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.processes.support.DecisionTables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;

/** The requirements table reports every requirement of a designation, met or not, and only that designation's. */
class DesignationRequirementsDecisionTest {

    private static final DmnDecision DECISION = DecisionTables.decision(RESOURCE, KEY);

    @Test
    void trainingCenterMeetingEverything() {
        Map<String, Boolean> report = check("TRAINING_CENTER", facts(2, true, 1, 0, 0, false));

        assertThat(report).containsExactly(Map.entry("CERTIFIED_TRAINERS", true), Map.entry("TRAINING_PLATFORM", true),
                Map.entry("COURSES_OFFERED", true));
    }

    @Test
    void trainingCenterShortOfTrainersAndCourses_isReportedItemByItem() {
        Map<String, Boolean> report = check("TRAINING_CENTER", facts(1, true, 0, 5, 5, true));

        assertThat(report).containsExactly(Map.entry("CERTIFIED_TRAINERS", false), Map.entry("TRAINING_PLATFORM", true),
                Map.entry("COURSES_OFFERED", false));
    }

    @Test
    void trainingCenterWithoutAPlatform() {
        assertThat(check("TRAINING_CENTER", facts(3, false, 2, 0, 0, false))).containsEntry("TRAINING_PLATFORM", false);
    }

    @Test
    void developerPartnerMeetingEverything() {
        Map<String, Boolean> report = check("DEVELOPER_PARTNER", facts(0, false, 0, 2, 1, true));

        assertThat(report).containsExactly(Map.entry("CERTIFIED_DEVELOPERS", true), Map.entry("SOLUTIONS", true),
                Map.entry("SUPPORT_ARRANGEMENTS", true));
    }

    @Test
    void developerPartnerMissingEachRequirement() {
        Map<String, Boolean> report = check("DEVELOPER_PARTNER", facts(9, true, 9, 1, 0, false));

        assertThat(report).containsExactly(Map.entry("CERTIFIED_DEVELOPERS", false), Map.entry("SOLUTIONS", false),
                Map.entry("SUPPORT_ARRANGEMENTS", false));
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
