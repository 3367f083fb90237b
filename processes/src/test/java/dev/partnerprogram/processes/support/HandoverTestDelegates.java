package dev.partnerprogram.processes.support;

import dev.partnerprogram.processes.ProjectHandoverProcess;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Recording stand-ins for the delegate beans of {@code project-handover}. Offering to the next partner takes the next
 * of {@link #candidates}, with {@link #ANSWER_TIME} to answer, as the real delegate takes the next proposed partner.
 */
public final class HandoverTestDelegates extends RecordingDelegates {

    public static final Duration ANSWER_TIME = Duration.ofDays(7);

    private final Deque<Long> candidates = new ArrayDeque<>();

    public final RecordingDelegate offerNext = new RecordingDelegate(execution -> {
        Long next = candidates.poll();
        ProjectHandoverProcess.OFFERED.set(execution, next != null);
        if (next != null) {
            ProjectHandoverProcess.OFFERED_TO.set(execution, next);
            ProjectHandoverProcess.ANSWER_DUE_AT.set(execution, Date.from(ClockUtil.getCurrentTime().toInstant().plus(ANSWER_TIME)));
        }
    });
    public final RecordingDelegate lapseOffer = new RecordingDelegate();
    public final RecordingDelegate closeUnassigned = new RecordingDelegate();

    public static HandoverTestDelegates register(List<Long> candidates) {
        HandoverTestDelegates d = new HandoverTestDelegates();
        d.candidates.addAll(candidates);
        d.registerAll();
        return d;
    }
}
