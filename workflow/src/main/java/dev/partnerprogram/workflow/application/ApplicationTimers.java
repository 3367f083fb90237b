package dev.partnerprogram.workflow.application;

import dev.partnerprogram.common.ProgramProperties;
import org.springframework.stereotype.Component;

/** Timer durations the BPMN reads as {@code ${applicationTimers...}}: configuration, never user input. */
@Component("applicationTimers")
public class ApplicationTimers {
    private final ProgramProperties properties;

    public ApplicationTimers(ProgramProperties properties) {
        this.properties = properties;
    }

    /** ISO-8601 duration after which an unanswered rework request withdraws the application. */
    public String getReworkTimeout() {
        return properties.application().reworkTimeout();
    }
}
