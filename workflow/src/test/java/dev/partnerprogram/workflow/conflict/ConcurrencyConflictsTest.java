package dev.partnerprogram.workflow.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.InvalidInputException;
import java.sql.SQLException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

class ConcurrencyConflictsTest {

    @Test
    void uniqueKeysWithARuleOfTheirOwn_answerThatRule_anyOtherKeyAConcurrentChange() {
        assertThat(code(uniqueViolation("uq_partner_company_tax_id"))).isEqualTo("conflict.taxIdTaken");
        assertThat(code(uniqueViolation("UQ_APP_USER_USERNAME"))).as("H2 names keys in capitals").isEqualTo("conflict.emailTaken");
        assertThat(code(uniqueViolation("uq_course_code"))).isEqualTo("conflict.concurrentChange");
    }

    @Test
    void engineAndRowRaces_areConflicts_withTheClaimantNamed() {
        assertThat(ConcurrencyConflicts.of(new TaskAlreadyClaimedException("t1", "ivanov")).orElseThrow().getArguments())
                .containsExactly("ivanov");
        assertThat(code(new ProcessEngineException("wrapped", new OptimisticLockingException("task changed"))))
                .isEqualTo("conflict.concurrentChange");
        assertThat(code(new MismatchingMessageCorrelationException("no subscription"))).isEqualTo("conflict.concurrentChange");
        assertThat(code(new OptimisticLockingFailureException("row version"))).isEqualTo("conflict.concurrentChange");
        assertThat(code(new NullValueException("Cannot restore state of process instance: list of executions is empty")))
                .as("the instance ended meanwhile").isEqualTo("conflict.concurrentChange");
    }

    @Test
    void theEngineFindingItsExecutionGone_isAConflict_butOurOwnNullPointersAreBugs() {
        assertThat(code(new ProcessEngineException("Execution with id 'x' does not have a subscription to a message event "
                + "with name 'CompensationCancelled': eventSubscriptions is empty"))).isEqualTo("conflict.concurrentChange");
        NullPointerException inTheEngine = new NullPointerException("execution is null");
        inTheEngine.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd", "execute", "CompleteTaskCmd.java", 60)});
        assertThat(code(inTheEngine)).isEqualTo("conflict.concurrentChange");
        NullPointerException ours = new NullPointerException("a bug");
        ours.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("dev.partnerprogram.workflow.task.TaskInbox", "complete", "TaskInbox.java", 1)});
        assertThat(ConcurrencyConflicts.of(ours)).isEmpty();
        assertThat(ConcurrencyConflicts.of(new ProcessEngineException("Unknown property used in expression"))).isEmpty();
    }

    @Test
    void otherFailuresAndRefusals_areLeftAsTheyAre() {
        assertThat(ConcurrencyConflicts.of(new IllegalStateException("a bug"))).isEmpty();
        assertThat(ConcurrencyConflicts.of(new DataIntegrityViolationException("not null",
                new ConstraintViolationException("null", new SQLException("null value", "23502"), "x")))).isEmpty();
        assertThat(ConcurrencyConflicts.of(new InvalidInputException("field", "error.required"))).isEmpty();
        assertThat(ConcurrencyConflicts.of(new ConflictException("conflict.taskCompleted"))).isEmpty();
    }

    private static DataIntegrityViolationException uniqueViolation(String constraint) {
        return new DataIntegrityViolationException("duplicate key", new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"), constraint));
    }

    private static String code(RuntimeException failure) {
        return ConcurrencyConflicts.of(failure).map(ConflictException::code).orElse(null);
    }
}
