package dev.partnerprogram.web.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import dev.partnerprogram.web.MessageBasenames;
import dev.partnerprogram.workflow.task.TaskHandler;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.task.TaskSpec;
import dev.partnerprogram.workflow.task.TaskView;
import dev.partnerprogram.web.system.page.UiMessages;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every field and every option of every task's form has a label in both languages, found as the task form shows it:
 * a field left without one would show its code to the user.
 */
class TaskLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void everyFieldAndOptionOfEveryTaskIsNamed(String language) throws Exception {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(MessageBasenames.pageTexts().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        Constructor<UiMessages> constructor = UiMessages.class.getDeclaredConstructor(org.springframework.context.MessageSource.class);
        constructor.setAccessible(true);
        TaskPages pages = new TaskPages(mock(TaskInbox.class), constructor.newInstance(source));
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        try {
            List<String> unnamed = new ArrayList<>();
            List<TaskSpec> specs = specs();
            assertThat(specs).hasSizeGreaterThan(20);
            for (TaskSpec spec : specs) {
                TaskView task = new TaskView("t", spec.taskKey(), spec.taskKey(), "p", "1", new TaskView.Subject("application", 1), null,
                        null, false, null, List.of(), spec.form(), Set.of(), Map.of(), null);
                if (pages.name(task).equals(spec.taskKey())) {
                    unnamed.add(spec.taskKey());
                }
                for (TaskPages.Row row : pages.rows(task, Map.of())) {
                    if (row.label().equals(row.name())) {
                        unnamed.add(spec.taskKey() + "." + row.name());
                    }
                    row.options().stream().filter(o -> o.label().equals(o.value()))
                            .forEach(o -> unnamed.add(spec.taskKey() + "." + row.name() + "." + o.value()));
                }
            }
            assertThat(unnamed).as("labels missing in %s", language).isEmpty();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** The specs of every task handler bean; the specs are constants, so no collaborator is needed to read them. */
    private static List<TaskSpec> specs() throws ReflectiveOperationException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(TaskHandler.class));
        List<TaskSpec> specs = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("dev.partnerprogram.workflow")) {
            Constructor<?> constructor = ClassUtils.forName(candidate.getBeanClassName(), null).getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            specs.addAll(((TaskHandler) constructor.newInstance(new Object[constructor.getParameterCount()])).specs());
        }
        return specs;
    }
}
