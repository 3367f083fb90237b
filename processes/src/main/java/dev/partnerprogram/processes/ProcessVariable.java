package dev.partnerprogram.processes;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A process variable with its name and type in one place, so no variable name is spelled twice.
 *
 * <p>A {@linkplain #routingOnly() routing-only} variable is read by nothing but the gateway right after the step that
 * sets it, in the same transaction; it is passed to the engine as a transient variable, which the engine never writes
 * (no runtime row inserted and later deleted, no history row). A variable that anything reads later — another element,
 * a listener, a timer, a correlation, a page or the API — must stay stored.
 */
public record ProcessVariable<T>(String name, Class<T> type, boolean routing) {

    public static ProcessVariable<Long> longVariable(String name) {
        return new ProcessVariable<>(name, Long.class, false);
    }

    public static ProcessVariable<String> stringVariable(String name) {
        return new ProcessVariable<>(name, String.class, false);
    }

    public static ProcessVariable<Boolean> booleanVariable(String name) {
        return new ProcessVariable<>(name, Boolean.class, false);
    }

    public static ProcessVariable<Double> doubleVariable(String name) {
        return new ProcessVariable<>(name, Double.class, false);
    }

    public static ProcessVariable<Date> dateVariable(String name) {
        return new ProcessVariable<>(name, Date.class, false);
    }

    /** The same variable, read only by the gateway after the step that sets it, so never stored. */
    public ProcessVariable<T> routingOnly() {
        return new ProcessVariable<>(name, type, true);
    }

    /** The value, which the process must have; a missing one is a modelling error, not user input. */
    public T from(VariableScope scope) {
        Object value = scope.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("Process variable '" + name + "' is not set");
        }
        return type.cast(value);
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value(value));
    }

    public void put(Map<String, Object> variables, T value) {
        variables.put(name, value(value));
    }

    /** The value as the engine is to be given it: transient for a routing-only variable. */
    public Object value(T value) {
        return routing ? Variables.untypedValue(value, true) : value;
    }
}
