package dev.partnerprogram.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import dev.partnerprogram.common.Message;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskSpec;
import dev.partnerprogram.workflow.task.TaskView;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Tasks as the inbox hands them to a subject's page, and what every page that completes a task must do with them. */
public final class TaskFixtures {
    /** The id every fixture task has, so that a test can name it in its verifications. */
    public static final String TASK_ID = "t-1";

    private TaskFixtures() {
    }

    /** An open, unassigned task {@value #TASK_ID} of {@code spec} on a subject, offered to {@code group}, without values. */
    public static TaskView openTask(TaskSpec spec, String name, String processKey, SubjectType subject, long subjectId, String group) {
        return new TaskView(TASK_ID, name, spec.taskKey(), processKey, String.valueOf(subjectId), new TaskView.Subject(subject.code(), subjectId),
                UiTestSupport.NOW, null, false, null, List.of(group), spec.form(), spec.commentRequiredFor(), Map.of(), null);
    }

    /**
     * Posts the same task form twice, as a double click or a quicker colleague does: the first completes the task named
     * {@code taskName}, the second finds it done and says so, and both lead back to {@code page}. Which of them reached
     * the inbox is for the caller to verify.
     */
    public static void assertSecondPostFindsTheTaskDone(MockMvc mvc, Supplier<MockHttpServletRequestBuilder> post, String page, String taskName)
            throws Exception {
        mvc.perform(post.get())
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", List.of(Message.of("task.completed", taskName)))));
        mvc.perform(post.get())
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("danger", List.of(Message.of("conflict.taskCompleted")))));
    }
}
