package dev.partnerprogram.processes.support;

import dev.partnerprogram.processes.PartnerRequestProcess;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The recording stand-in for the delegate bean of {@code partner-request}: routing sends the request to {@link #group},
 * due {@link #ANSWER_TIME} from now, decided or only delivered as {@link #decides} says, as the real delegate does
 * from the routing table.
 */
public final class PartnerRequestTestDelegates extends RecordingDelegates {

    public static final Duration ANSWER_TIME = Duration.ofDays(5);

    private final String group;
    private final boolean decides;

    public final RecordingDelegate routeRequest;

    private PartnerRequestTestDelegates(String group, boolean decides) {
        this.group = group;
        this.decides = decides;
        this.routeRequest = new RecordingDelegate(execution -> {
            PartnerRequestProcess.ANSWER_GROUP.set(execution, this.group);
            PartnerRequestProcess.DECISION_NEEDED.set(execution, this.decides);
            PartnerRequestProcess.DUE_AT.set(execution, Date.from(ClockUtil.getCurrentTime().toInstant().plus(ANSWER_TIME)));
        });
    }

    public static PartnerRequestTestDelegates register(String group, boolean decides) {
        PartnerRequestTestDelegates d = new PartnerRequestTestDelegates(group, decides);
        d.registerAll();
        return d;
    }
}
