package dev.partnerprogram.common;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.MessageSourceResolvable;

/**
 * The states of one kind of object in the terms of its refusals: a step that the object's current state does not
 * allow is a conflict (409) naming that state by its label ({@code compensation.state.PAID}), so the caller reads why.
 *
 * @param <T> the kind of object
 * @param <S> its state enum
 */
public final class States<T, S extends Enum<S>> {
    private final Function<T, S> stateOf;
    private final String labelGroup;
    private final String stepNotPossible;

    /**
     * @param stateOf reads an object's current state
     * @param labelGroup the group of the state's labels in the bundles, e.g. {@code compensation.state}
     * @param stepNotPossible the code of the refusal of a step that the state does not allow
     */
    public States(Function<T, S> stateOf, String labelGroup, String stepNotPossible) {
        this.stateOf = stateOf;
        this.labelGroup = labelGroup;
        this.stepNotPossible = stepNotPossible;
    }

    /** Answers the object when it is in one of the {@code allowed} states; otherwise refuses the step. */
    @SafeVarargs
    public final T require(T object, S... allowed) {
        if (Arrays.asList(allowed).contains(stateOf.apply(object))) {
            return object;
        }
        throw conflict(stepNotPossible, object);
    }

    /** Like {@link #require} with a refusal of its own, for rules that tell more than "not possible now". */
    public T require(T object, Set<S> allowed, String code) {
        if (allowed.contains(stateOf.apply(object))) {
            return object;
        }
        throw conflict(code, object);
    }

    /** A refusal with the given code whose argument is the label of the object's state. */
    public ConflictException conflict(String code, T object) {
        return new ConflictException(code, label(stateOf.apply(object)));
    }

    public MessageSourceResolvable label(S state) {
        return Message.label(labelGroup, state);
    }
}
