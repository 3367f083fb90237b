package dev.partnerprogram.common;

import java.util.Arrays;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;

/**
 * The states of one kind of object in the terms of its refusals: a step that its current state does not allow is a
 * conflict (409) naming that state by its label ({@code compensation.state.PAID}), so the caller reads why.
 *
 * @param <S> the kind's state enum
 */
public final class States<S extends Enum<S>> {
    private final String labelGroup;
    private final String stepNotPossible;

    /**
     * @param labelGroup the group of the state's labels in the bundles, e.g. {@code compensation.state}
     * @param stepNotPossible the code of the refusal of a step that the state does not allow
     */
    public States(String labelGroup, String stepNotPossible) {
        this.labelGroup = labelGroup;
        this.stepNotPossible = stepNotPossible;
    }

    /** Answers the current state when it is one of {@code allowed}; otherwise refuses the step. */
    @SafeVarargs
    public final S require(S current, S... allowed) {
        if (Arrays.asList(allowed).contains(current)) {
            return current;
        }
        throw conflict(stepNotPossible, current);
    }

    /** Like {@link #require} with a refusal of its own, for rules that tell more than "not possible now". */
    public S require(S current, Set<S> allowed, String code) {
        if (allowed.contains(current)) {
            return current;
        }
        throw conflict(code, current);
    }

    /** A refusal with the given code whose argument is the state's label. */
    public ConflictException conflict(String code, S current) {
        return new ConflictException(code, label(current));
    }

    public MessageSourceResolvable label(S state) {
        return Message.label(labelGroup, state);
    }
}
