package dev.partnerprogram.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskSpecTest {
    private enum Colour { RED, GREEN }

    private static final TaskSpec REVIEW = TaskSpec.of("review")
            .decisions(Decision.APPROVE, Decision.REJECT, Decision.REWORK).commentFor(Decision.REJECT, Decision.REWORK)
            .fields(FieldSpec.date("on"), FieldSpec.money("amount"), FieldSpec.number("count", 1, 10),
                    FieldSpec.choice("colour", Colour.class, "colour"), FieldSpec.choices("colours", Colour.class, "colour"),
                    FieldSpec.text("name", 5).asRequired());

    @Test
    void aGoodCompletionIsReadTyped_andUndeclaredFieldsAreDropped() {
        TaskInput input = REVIEW.read(completion("approve", " fine ", Map.of("on", "2026-12-31", "amount", "1500,50",
                "count", "3", "colour", "red", "colours", "RED,GREEN", "name", "Anna", "injected", "x")));

        assertThat(input.decision()).isEqualTo(Decision.APPROVE);
        assertThat(input.comment()).isEqualTo("fine");
        assertThat(input.date("on")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(input.money("amount")).isEqualByComparingTo(new BigDecimal("1500.50"));
        assertThat(input.integer("count")).isEqualTo(3);
        assertThat(input.choice("colour", Colour.class)).isEqualTo(Colour.RED);
        assertThat(input.choices("colours", Colour.class)).isEqualTo(EnumSet.of(Colour.RED, Colour.GREEN));
        assertThat(input.text("name")).isEqualTo("Anna");
        assertThat(input.values()).doesNotContainKey("injected");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce_inOneError() {
        assertThat(violations(completion("MAYBE", null, Map.of("on", "31.12.2026", "amount", "1.001", "count", "11",
                "colour", "BLUE", "name", "Too long"))))
                .extracting(FieldViolation::field, v -> v.message().code())
                .containsExactlyInAnyOrder(
                        tuple("decision", "error.oneOf"),
                        tuple("on", "error.date"),
                        tuple("amount", "error.kopecks"),
                        tuple("count", "error.between"),
                        tuple("colour", "error.oneOf"),
                        tuple("name", "error.maxLength"));
    }

    @Test
    void aMissingDecisionOrRequiredField_isRequired() {
        assertThat(violations(completion(" ", null, Map.of())))
                .extracting(FieldViolation::field, v -> v.message().code())
                .containsExactlyInAnyOrder(tuple("decision", "error.required"),
                        tuple("name", "error.required"));
    }

    @Test
    void theDecisionsThatMustBeExplained_needAComment_theOthersDoNot() {
        assertThat(violations(completion("REJECT", "  ", Map.of("name", "Anna"))))
                .extracting(FieldViolation::field, v -> v.message().code())
                .containsExactly(tuple("comment", "error.commentRequired"));
        assertThat(REVIEW.read(completion("APPROVE", null, Map.of("name", "Anna"))).comment()).isNull();
        assertThat(violations(TaskSpec.of("vote").decisions(Decision.APPROVE).commentAlways(), completion("APPROVE", null, Map.of())))
                .extracting(FieldViolation::field).containsExactly("comment");
    }

    @Test
    void aCommentLongerThanTheColumnIsRefused() {
        assertThat(violations(completion("APPROVE", "x".repeat(FieldSpec.TEXT_LIMIT + 1), Map.of("name", "Anna"))))
                .extracting(v -> v.message().code()).containsExactly("error.maxLength");
    }

    @Test
    void aTaskWithoutDecisions_ignoresOne() {
        assertThat(TaskSpec.of("upload").read(completion("APPROVE", null, Map.of())).decision()).isNull();
    }

    @Test
    void claimLinesCollectTheirFlatFields() {
        TaskSpec verify = TaskSpec.of("verify").fields(FieldSpec.claimLines("lines", Colour.class, "colour"));
        Map<String, String> fields = new HashMap<>(Map.of("line-7-decision", "RED", "line-7-amount", "10", "other", "x"));

        assertThat(verify.read(completion(null, null, fields)).lines("lines"))
                .isEqualTo(Map.of("line-7-decision", "RED", "line-7-amount", "10"));
    }

    @Test
    void theFormListsTheDecisionFirst_theOwnFields_andTheCommentLast() {
        List<FieldSpec> form = REVIEW.form();

        assertThat(form).extracting(FieldSpec::name)
                .containsExactly("decision", "on", "amount", "count", "colour", "colours", "name", "comment");
        assertThat(form.get(0).options()).containsExactly("APPROVE", "REJECT", "REWORK");
        assertThat(form.get(0).required()).isTrue();
        assertThat(form.get(form.size() - 1).type()).isEqualTo(FieldType.LONG_TEXT);
    }

    private static List<FieldViolation> violations(TaskCompletion completion) {
        return violations(REVIEW, completion);
    }

    private static List<FieldViolation> violations(TaskSpec spec, TaskCompletion completion) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> spec.read(completion));
        assertThat(refused).as("refusal").isNotNull();
        return refused.violations();
    }

    private static TaskCompletion completion(String decision, String comment, Map<String, String> fields) {
        return new TaskCompletion(decision, comment, fields);
    }
}
