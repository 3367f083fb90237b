package dev.partnerprogram.workflow.task;

import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a process's tasks are about: every process's business key is its subject's id, and the process key says the
 * subject's type (its task handler's, or "application" for the partner application). A process nobody has told us about
 * still shows up, with its key as the subject type and without a partner unless its instance carries a
 * {@code partnerId} variable or its task is offered to a partner's group.
 */
@Component
public class TaskSubjects {
    public static final String APPLICATION = "application";
    /** The process variable that processes use for the partner concerned, when they carry one. */
    public static final String PARTNER_VARIABLE = "partnerId";

    private static final Map<String, String> TYPES = Map.of(PartnerApplicationProcess.KEY, APPLICATION);

    private final ApplicationService applications;
    private final Map<String, TaskHandler> handlers;

    TaskSubjects(ApplicationService applications, List<TaskHandler> handlers) {
        this.applications = applications;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(TaskHandler::processKey, h -> h));
    }

    public String typeOf(String processKey) {
        TaskHandler handler = handlers.get(processKey);
        return handler != null ? handler.subjectType() : TYPES.getOrDefault(processKey, processKey);
    }

    /** Whether the inbox knows this subject type (the partner application's, or any handler's). */
    public boolean isKnownType(String subjectType) {
        return TYPES.containsValue(subjectType) || handlers.values().stream().anyMatch(h -> h.subjectType().equals(subjectType));
    }

    /** The partner a subject belongs to, if we know how to find it and the subject exists. */
    public Optional<Long> partnerOf(String subjectType, long id) {
        try {
            if (APPLICATION.equals(subjectType)) {
                return Optional.of(applications.get(id).getPartnerId());
            }
            return handlers.values().stream().filter(h -> h.subjectType().equals(subjectType)).findFirst()
                    .map(h -> h.partnerOf(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** A finished task's subject decides whether the caller learns that it is finished (409) or nothing (404). */
    public boolean maySee(Caller caller, String processKey, long subjectId) {
        TaskHandler handler = handlers.get(processKey);
        try {
            if (handler != null) {
                return handler.maySee(caller, subjectId);
            }
        } catch (NotFoundException e) {
            return false;
        }
        return partnerOf(typeOf(processKey), subjectId).map(caller::maySee).orElse(false);
    }

    /** Business keys are our ids; anything else (a process started by hand) has no subject id. */
    public static Long subjectId(String businessKey) {
        if (businessKey == null) {
            return null;
        }
        try {
            return Long.valueOf(businessKey);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
