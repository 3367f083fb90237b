package dev.partnerprogram.workflow.task;

import java.lang.reflect.Constructor;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Every task handler of the application, found on the class path as Spring finds them. Their specs are constants, so
 * the handlers are built without collaborators: whatever needs one fails loudly instead of passing silently.
 */
final class TaskHandlers {
    private TaskHandlers() {}

    static List<TaskHandler> all() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(TaskHandler.class));
        // The beans only: a test's own stand-in handler is no part of the application.
        scanner.addExcludeFilter((reader, factory) -> !reader.getAnnotationMetadata().hasAnnotation(Component.class.getName()));
        return scanner.findCandidateComponents("dev.partnerprogram.workflow").stream()
                .map(candidate -> instantiate(candidate.getBeanClassName()))
                .sorted(Comparator.comparing(TaskHandler::processKey))
                .toList();
    }

    private static TaskHandler instantiate(String className) {
        try {
            Class<?> type = ClassUtils.forName(className, TaskHandlers.class.getClassLoader());
            Constructor<?> constructor = type.getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            return (TaskHandler) constructor.newInstance(new Object[constructor.getParameterCount()]);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + className, e);
        }
    }
}
