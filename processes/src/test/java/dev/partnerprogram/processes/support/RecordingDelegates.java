package dev.partnerprogram.processes.support;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * A set of recording stand-ins for the delegate beans of some models. Each public {@link RecordingDelegate} field stands
 * in for the bean its name plus {@code Delegate} names, which is how the models' {@code camunda:delegateExpression}s
 * and the application's bean methods are named.
 */
abstract class RecordingDelegates {

    /** Registers every stand-in with the engine's expression manager for the current test. */
    protected void registerAll() {
        for (Field field : getClass().getFields()) {
            if (field.getType() == RecordingDelegate.class) {
                try {
                    Mocks.register(field.getName() + "Delegate", field.get(this));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
