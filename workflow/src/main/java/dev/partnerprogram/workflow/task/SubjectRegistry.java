package dev.partnerprogram.workflow.task;

import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one place that knows each subject type: which processes work on it, its page, its partner and who may see it.
 * The inbox, comments, task handlers and pages ask it. A process nobody has told us about still shows up in the inbox,
 * with its key as the subject type and without a partner unless its instance carries a {@code partnerId} variable or
 * its task is offered to a partner's group.
 */
@Component
public class SubjectRegistry {
    /** The process variable that processes use for the partner concerned, when they carry one. */
    public static final String PARTNER_VARIABLE = "partnerId";

    private final Map<String, TaskHandler> handlers;
    private final Map<SubjectType, SubjectAccess> access = new EnumMap<>(SubjectType.class);

    public SubjectRegistry(List<TaskHandler> handlers, List<SubjectAccess> accesses) {
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(TaskHandler::processKey, Function.identity()));
        for (SubjectAccess a : accesses) {
            if (access.put(a.type(), a) != null) {
                throw new IllegalStateException("Two beans answer for subject type " + a.type());
            }
        }
        handlers.stream().filter(h -> !access.containsKey(h.subject())).findFirst().ifPresent(h -> {
            throw new IllegalStateException("No bean answers for subject type " + h.subject() + " of " + h.processKey());
        });
    }

    public Optional<TaskHandler> handler(String processKey) {
        return Optional.ofNullable(handlers.get(processKey));
    }

    /** The process keys whose tasks are about subjects of this type. */
    public List<String> processesOf(SubjectType type) {
        return handlers.values().stream().filter(h -> h.subject() == type).map(TaskHandler::processKey).sorted().toList();
    }

    /** The subject type's code for a process, or the process key for a process without a handler. */
    public String typeOf(String processKey) {
        TaskHandler handler = handlers.get(processKey);
        return handler != null ? handler.subject().code() : processKey;
    }

    public boolean isKnownType(String code) {
        return SubjectType.of(code).map(access::containsKey).orElse(false);
    }

    /** The partner a subject belongs to, if we know how to find it and the subject exists. */
    public Optional<Long> partnerOf(String code, long id) {
        try {
            return SubjectType.of(code).map(access::get).flatMap(a -> a.partnerOf(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** A finished task's subject decides whether the caller learns that it is finished (409) or nothing (404). */
    public boolean maySee(Caller caller, String processKey, long subjectId) {
        TaskHandler handler = handlers.get(processKey);
        if (handler == null) {
            return false;
        }
        try {
            return access.get(handler.subject()).maySee(caller, subjectId);
        } catch (NotFoundException e) {
            return false;
        }
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
