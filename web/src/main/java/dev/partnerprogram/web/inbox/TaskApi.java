package dev.partnerprogram.web.inbox;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.inbox.InboxFilter;
import dev.partnerprogram.inbox.InboxPage;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.task.TaskView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tasks")
class TaskApi {

    /** {@code decision} and {@code comment}, plus any field of the task's form, as strings. */
    @Schema(description = "The decision, a comment and the task's form fields (see the task's form)",
            additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
            example = """
                    {"decision": "REWORK", "comment": "Укажите сайт компании"}""")
    static class CompletionRequest {
        @Schema(description = "One of the task's decisions, e.g. APPROVE, REJECT, REWORK")
        public String decision;
        @Schema(description = "Required by the decisions the task's commentRequiredFor names")
        @Size(max = 2000)
        public String comment;
        final Map<String, String> fields = new HashMap<>();

        @JsonAnySetter
        void field(String name, Object value) {
            if (value != null) {
                fields.put(name, value instanceof Iterable<?> list ? String.join(",", toStrings(list)) : value.toString());
            }
        }

        private static Iterable<String> toStrings(Iterable<?> list) {
            var result = new java.util.ArrayList<String>();
            list.forEach(o -> result.add(String.valueOf(o)));
            return result;
        }
    }

    private final TaskInbox inbox;

    TaskApi(TaskInbox inbox) {
        this.inbox = inbox;
    }

    record AssigneeRequest(String assignee) {}

    /** A page of the inbox: {@code total} is exact up to the cap and then the cap ({@code totalCapped}). */
    record TaskPage(List<TaskView> items, int page, int size,
                    @Schema(description = "Matching tasks; exact up to partner-program.inbox.count-cap (1,000), the cap beyond it")
                    long total,
                    @Schema(description = "true when there are more matching tasks than total says (\"1,000+\")")
                    boolean totalCapped,
                    @Schema(description = "Pass as after= for the page after this one (keyset); null on the last page",
                            nullable = true)
                    String next) {}

    @GetMapping("/api/tasks")
    @Operation(summary = "The caller's open tasks: assigned to them, to their groups, or to their company",
            description = "Filters: process (process key), task (task key), partner (id), region, due (OVERDUE, TODAY, WEEK, "
                    + "NONE), assigned (ME, UNASSIGNED, OTHERS), q (partner name or tax id); sort: NEWEST (default), OLDEST, DUE. "
                    + "The next page: after=<next of this page> (keyset: as fast on any page, nothing repeated or skipped "
                    + "when tasks come and go), or page=N. The total is exact up to 1,000 tasks; beyond that it is 1,000 "
                    + "and totalCapped is true.")
    TaskPage list(Caller caller, @PageQuery Pageable page,
                  @RequestParam(required = false) String process, @RequestParam(required = false) String task,
                  @RequestParam(required = false) String partner, @RequestParam(required = false) String region,
                  @RequestParam(required = false) String due, @RequestParam(required = false) String assigned,
                  @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                  @RequestParam(required = false) @Size(max = 200) String after) {
        InboxFilter filter = InboxFilter.of(process, task, partner, region, due, assigned, q, sort);
        InboxPage<TaskView> tasks = inbox.list(caller, filter, page, after);
        return new TaskPage(tasks.getContent(), tasks.getNumber(), tasks.getSize(), tasks.getTotalElements(),
                tasks.isTotalCapped(), tasks.next());
    }

    @GetMapping("/api/tasks/{id}")
    @Operation(summary = "One open task with its form and the values filled in so far")
    TaskView get(Caller caller, @PathVariable String id) {
        return inbox.get(caller, id);
    }

    @PostMapping("/api/tasks/{id}/claim")
    @Operation(summary = "Take a task offered to one of the caller's groups")
    TaskView claim(Caller caller, @PathVariable String id) {
        return inbox.claim(caller, id);
    }

    @PostMapping("/api/tasks/{id}/unclaim")
    @Operation(summary = "Give a claimed task back to its groups")
    TaskView unclaim(Caller caller, @PathVariable String id) {
        return inbox.unclaim(caller, id);
    }

    @PostMapping("/api/tasks/{id}/delegate")
    @Operation(summary = "Hand the task to a colleague in one of the groups it is offered to")
    TaskView delegate(Caller caller, @PathVariable String id, @RequestBody AssigneeRequest request) {
        return inbox.delegate(caller, id, request.assignee());
    }

    @PostMapping("/api/tasks/{id}/assign")
    @Operation(summary = "A manager gives any task to someone in one of the groups it is offered to")
    TaskView assign(Caller caller, @PathVariable String id, @RequestBody AssigneeRequest request) {
        return inbox.reassign(caller, id, request.assignee());
    }

    @PostMapping("/api/tasks/{id}/complete")
    @Operation(summary = "Complete a task with a decision, a comment and the task's form fields")
    Map<String, String> complete(Caller caller, @PathVariable String id, @RequestBody CompletionRequest request) {
        inbox.complete(caller, id, new TaskCompletion(request.decision, request.comment, request.fields));
        return Map.of("id", id, "state", "COMPLETED");
    }
}
