package dev.partnerprogram.processes;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A process variable with its name and type in one place, so no variable name is spelled twice. */
public record ProcessVariable<T>(String name, Class<T> type) {

    public static ProcessVariable<Long> longVariable(String name) {
        return new ProcessVariable<>(name, Long.class);
    }

    public static ProcessVariable<String> stringVariable(String name) {
        return new ProcessVariable<>(name, String.class);
    }

    public static ProcessVariable<Boolean> booleanVariable(String name) {
        return new ProcessVariable<>(name, Boolean.class);
    }

    public static ProcessVariable<Double> doubleVariable(String name) {
        return new ProcessVariable<>(name, Double.class);
    }

    public static ProcessVariable<Date> dateVariable(String name) {
        return new ProcessVariable<>(name, Date.class);
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
        scope.setVariable(name, value);
    }

    public void put(Map<String, Object> variables, T value) {
        variables.put(name, value);
    }
}
