package dev.partnerprogram.workflow.application;

import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.application.RequestedStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A partner's request as a checklist: its steps in order, which are done, which one is under way, who acts in it
 * (the partner or the program's staff) and by when, and what the partner may follow from it (the course, the agreement
 * to download, the task with the upload). Built from the request's state and its process's open task and timers.
 */
public record RequestGuide(List<Step> steps, Closed closed) {

    public enum StepCode { APPLY, REVIEW, REWORK, AGREEMENT, TRAINING, DECISION, STATUS }

    public enum Progress { DONE, CURRENT, AHEAD }

    public enum Actor { PARTNER, PROGRAM }

    /** What the partner follows from a step under way. */
    public enum Link { APPLY, COURSE, AGREEMENT_TEMPLATE, TASK }

    /** How the request ended without the status, if it did. */
    public enum Closed { REJECTED, WITHDRAWN }

    /**
     * @param due       by when the actor acts: the task's due date, or for the partner's rework the moment the
     *                  application is withdrawn without an answer
     * @param taskId    the caller's own task in the step, when the caller may act in it
     */
    public record Step(StepCode code, Progress progress, Actor actor, Instant due, List<Link> links, String taskId) {
        public boolean current() {
            return progress == Progress.CURRENT;
        }
    }

    /** What the process says about the step under way. */
    public record Now(Instant taskDue, Instant reworkDeadline, String ownTaskId) {
        public static final Now NOTHING = new Now(null, null, null);
    }

    /** Before the first application: applying is the step under way, if the partner may apply at all. */
    public static RequestGuide beforeApplying(boolean mayApply) {
        List<Step> steps = new ArrayList<>();
        for (StepCode code : joinSteps()) {
            boolean first = code == StepCode.APPLY;
            steps.add(new Step(code, first ? Progress.CURRENT : Progress.AHEAD, first ? Actor.PARTNER : null, null,
                    first && mayApply ? List.of(Link.APPLY) : List.of(), null));
        }
        return new RequestGuide(steps, null);
    }

    public static RequestGuide of(RequestedStatus requested, ApplicationState state, Now now) {
        List<StepCode> codes = requested == RequestedStatus.AUTHORIZED ? joinSteps() : decisionSteps();
        StepCode current = currentStep(state);
        int reached = state == ApplicationState.APPROVED ? codes.size() : Math.max(codes.indexOf(current), 1);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            StepCode code = codes.get(i);
            if (i < reached) {
                steps.add(new Step(code, Progress.DONE, null, null, List.of(), null));
            } else if (i == reached && !state.isFinal()) {
                steps.add(underWay(state, now));
            } else {
                steps.add(new Step(code, Progress.AHEAD, null, null, List.of(), null));
            }
        }
        Closed closed = switch (state) {
            case REJECTED -> Closed.REJECTED;
            case WITHDRAWN -> Closed.WITHDRAWN;
            default -> null;
        };
        return new RequestGuide(steps, closed);
    }

    private static Step underWay(ApplicationState state, Now now) {
        return switch (state) {
            case REWORK -> new Step(StepCode.REWORK, Progress.CURRENT, Actor.PARTNER, now.reworkDeadline(),
                    taskLink(now), now.ownTaskId());
            case AGREEMENT -> new Step(StepCode.AGREEMENT, Progress.CURRENT, Actor.PARTNER, now.taskDue(),
                    now.ownTaskId() == null ? List.of(Link.AGREEMENT_TEMPLATE) : List.of(Link.AGREEMENT_TEMPLATE, Link.TASK),
                    now.ownTaskId());
            case BASIC_TRAINING -> new Step(StepCode.TRAINING, Progress.CURRENT, Actor.PARTNER, now.taskDue(),
                    List.of(Link.COURSE), null);
            default -> new Step(currentStep(state), Progress.CURRENT, Actor.PROGRAM, now.taskDue(), taskLink(now),
                    now.ownTaskId());
        };
    }

    private static List<Link> taskLink(Now now) {
        return now.ownTaskId() == null ? List.of() : List.of(Link.TASK);
    }

    /** The step a state belongs to; the rework is shown in place of the review it interrupts. */
    private static StepCode currentStep(ApplicationState state) {
        return switch (state) {
            case SUBMITTED, IN_REVIEW, REWORK, REJECTED, WITHDRAWN -> StepCode.REVIEW;
            case AGREEMENT, AGREEMENT_CHECK -> StepCode.AGREEMENT;
            case BASIC_TRAINING -> StepCode.TRAINING;
            case MANAGER_DECISION, COMMITTEE -> StepCode.DECISION;
            case APPROVED -> StepCode.STATUS;
        };
    }

    private static List<StepCode> joinSteps() {
        return List.of(StepCode.APPLY, StepCode.REVIEW, StepCode.AGREEMENT, StepCode.TRAINING, StepCode.STATUS);
    }

    private static List<StepCode> decisionSteps() {
        return List.of(StepCode.APPLY, StepCode.REVIEW, StepCode.DECISION, StepCode.STATUS);
    }
}
