package dev.partnerprogram.web.comment;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.workflow.task.SubjectComments.CommentView;
import dev.partnerprogram.workflow.task.SubjectComments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tasks")
class CommentApi {

    record CommentRequest(@NotBlank @Size(max = 4000) String body,
                          @Schema(allowableValues = {"STAFF", "PARTNER"}) String visibility) {}

    private final SubjectComments comments;

    CommentApi(SubjectComments comments) {
        this.comments = comments;
    }

    @GetMapping("/api/subjects/{type}/{id}/comments")
    @Operation(summary = "Comments on a task's subject (application, enrollment, compensation, …), newest first; "
            + "partners read only those marked PARTNER")
    PageResponse<CommentView> list(Caller caller, @PathVariable String type, @PathVariable long id,
                                   @PageQuery Pageable page) {
        return PageResponse.of(comments.list(caller, type, id, page), c -> c);
    }

    @PostMapping("/api/subjects/{type}/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a comment: staff choose visibility STAFF (default) or PARTNER; a partner's is always PARTNER")
    CommentView add(Caller caller, @PathVariable String type, @PathVariable long id, @RequestBody CommentRequest request) {
        return comments.add(caller, type, id, request.visibility(), request.body());
    }
}
