package dev.partnerprogram.workflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.workflow.application.RequestGuide.Actor;
import dev.partnerprogram.workflow.application.RequestGuide.Link;
import dev.partnerprogram.workflow.application.RequestGuide.Now;
import dev.partnerprogram.workflow.application.RequestGuide.Progress;
import dev.partnerprogram.workflow.application.RequestGuide.Step;
import dev.partnerprogram.workflow.application.RequestGuide.StepCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestGuideTest {
    private static final Instant TASK_DUE = Instant.parse("2026-12-09T15:00:00Z");
    private static final Instant WITHDRAWAL = Instant.parse("2026-12-18T09:00:00Z");

    @Test
    void beforeApplying_applyingIsUnderWay_withTheLinkOnlyWhenThePartnerMayApply() {
        assertThat(RequestGuide.beforeApplying(true).steps()).extracting(Step::code, Step::progress).containsExactly(
                tuple(StepCode.APPLY, Progress.CURRENT), tuple(StepCode.REVIEW, Progress.AHEAD),
                tuple(StepCode.AGREEMENT, Progress.AHEAD), tuple(StepCode.TRAINING, Progress.AHEAD),
                tuple(StepCode.STATUS, Progress.AHEAD));
        assertThat(RequestGuide.beforeApplying(true).steps().get(0).links()).containsExactly(Link.APPLY);
        assertThat(RequestGuide.beforeApplying(false).steps().get(0).links()).isEmpty();
    }

    @Test
    void inReview_theProgramActs_byTheReviewTasksDueDate_andThePartnerHasNoTaskToOpen() {
        RequestGuide guide = RequestGuide.of(RequestedStatus.AUTHORIZED, ApplicationState.IN_REVIEW, new Now(TASK_DUE, null, null));

        assertThat(progress(guide)).containsExactly(Progress.DONE, Progress.CURRENT, Progress.AHEAD, Progress.AHEAD, Progress.AHEAD);
        Step review = current(guide);
        assertThat(review.code()).isEqualTo(StepCode.REVIEW);
        assertThat(review.actor()).isEqualTo(Actor.PROGRAM);
        assertThat(review.due()).isEqualTo(TASK_DUE);
        assertThat(review.links()).isEmpty();
    }

    @Test
    void inRework_thePartnerActs_byTheMomentTheApplicationIsWithdrawn_throughItsTask() {
        Step rework = current(RequestGuide.of(RequestedStatus.AUTHORIZED, ApplicationState.REWORK, new Now(null, WITHDRAWAL, "t-1")));

        assertThat(rework.code()).isEqualTo(StepCode.REWORK);
        assertThat(rework.actor()).isEqualTo(Actor.PARTNER);
        assertThat(rework.due()).isEqualTo(WITHDRAWAL);
        assertThat(rework.links()).containsExactly(Link.TASK);
        assertThat(rework.taskId()).isEqualTo("t-1");
    }

    @Test
    void atTheAgreement_thePartnerDownloadsTheTemplate_andUploadsThroughTheTask_thenTheProgramChecksIt() {
        RequestGuide signing = RequestGuide.of(RequestedStatus.AUTHORIZED, ApplicationState.AGREEMENT, new Now(null, null, "t-2"));
        assertThat(progress(signing)).containsExactly(Progress.DONE, Progress.DONE, Progress.CURRENT, Progress.AHEAD, Progress.AHEAD);
        assertThat(current(signing).actor()).isEqualTo(Actor.PARTNER);
        assertThat(current(signing).links()).containsExactly(Link.AGREEMENT_TEMPLATE, Link.TASK);

        Step check = current(RequestGuide.of(RequestedStatus.AUTHORIZED, ApplicationState.AGREEMENT_CHECK, new Now(TASK_DUE, null, null)));
        assertThat(check.code()).isEqualTo(StepCode.AGREEMENT);
        assertThat(check.actor()).isEqualTo(Actor.PROGRAM);
        assertThat(check.due()).isEqualTo(TASK_DUE);
    }

    @Test
    void waitingForTheBasicTraining_linksTheCourse() {
        RequestGuide guide = RequestGuide.of(RequestedStatus.AUTHORIZED, ApplicationState.BASIC_TRAINING, Now.NOTHING);

        assertThat(progress(guide)).containsExactly(Progress.DONE, Progress.DONE, Progress.DONE, Progress.CURRENT, Progress.AHEAD);
        assertThat(current(guide).links()).containsExactly(Link.COURSE);
    }

    @Test
    void approved_everyStepIsDone() {
        RequestGuide guide = RequestGuide.of(RequestedStatus.AUTHORIZED, ApplicationState.APPROVED, Now.NOTHING);

        assertThat(progress(guide)).containsOnly(Progress.DONE);
        assertThat(guide.closed()).isNull();
    }

    @Test
    void rejected_isClosed_withNothingUnderWay() {
        RequestGuide guide = RequestGuide.of(RequestedStatus.AUTHORIZED, ApplicationState.REJECTED, Now.NOTHING);

        assertThat(guide.closed()).isEqualTo(RequestGuide.Closed.REJECTED);
        assertThat(guide.steps()).noneMatch(Step::current);
    }

    @Test
    void anUpgradeBeforeTheCommittee_hasTheDecisionStepInsteadOfAgreementAndTraining() {
        RequestGuide guide = RequestGuide.of(RequestedStatus.GENERAL, ApplicationState.COMMITTEE, new Now(TASK_DUE, null, null));

        assertThat(guide.steps()).extracting(Step::code)
                .containsExactly(StepCode.APPLY, StepCode.REVIEW, StepCode.DECISION, StepCode.STATUS);
        assertThat(current(guide).code()).isEqualTo(StepCode.DECISION);
        assertThat(current(guide).actor()).isEqualTo(Actor.PROGRAM);
    }

    private static List<Progress> progress(RequestGuide guide) {
        return guide.steps().stream().map(Step::progress).toList();
    }

    private static Step current(RequestGuide guide) {
        return guide.steps().stream().filter(Step::current).findFirst().orElseThrow();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
