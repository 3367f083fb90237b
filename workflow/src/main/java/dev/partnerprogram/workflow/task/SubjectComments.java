package dev.partnerprogram.workflow.task;

import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.inbox.CommentService;
import dev.partnerprogram.inbox.SubjectComment;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Comments on what tasks are about. Another partner's subject, or one that does not exist, is "not found". */
@Service
public class SubjectComments {

    public record CommentView(long id, String author, String authorName, boolean staff, String visibility, String body,
                              Instant createdAt) {
        static CommentView of(SubjectComment c) {
            return new CommentView(c.getId(), c.getAuthor(), c.getAuthorName(), c.isStaffAuthor(), c.getVisibility().name(),
                    c.getBody(), c.getCreatedAt());
        }
    }

    private final SubjectRegistry subjects;
    private final CommentService comments;

    SubjectComments(SubjectRegistry subjects, CommentService comments) {
        this.subjects = subjects;
        this.comments = comments;
    }

    @Transactional(readOnly = true)
    public Page<CommentView> list(Caller caller, String subjectType, long subjectId, Pageable pageable) {
        requireVisible(caller, subjectType, subjectId);
        return comments.list(caller, subjectType, subjectId, pageable).map(CommentView::of);
    }

    @Transactional
    public CommentView add(Caller caller, String subjectType, long subjectId, String visibility, String body) {
        long partnerId = requireVisible(caller, subjectType, subjectId);
        return CommentView.of(comments.add(caller, subjectType, subjectId, partnerId, visibility, body));
    }

    private long requireVisible(Caller caller, String subjectType, long subjectId) {
        if (subjectType == null || !subjects.isKnownType(subjectType)) {
            throw new NotFoundException("notFound.subject");
        }
        Long partnerId = subjects.partnerOf(subjectType, subjectId).orElse(null);
        if (partnerId == null || !caller.maySee(partnerId)) {
            throw new NotFoundException("notFound.subject");
        }
        return partnerId;
    }
}
