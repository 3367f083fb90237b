package dev.partnerprogram.inbox;

import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.SignedInUser;
import dev.partnerprogram.identity.SignedInUsers;
import dev.partnerprogram.inbox.SubjectComment.Visibility;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on a task's subject. Whether the caller may see the subject at all is the workflow's to check (it knows
 * whose subject it is); here: partners write only comments their company reads, and read only those.
 */
@Service
public class CommentService {
    static final int MAX_BODY = 4000;

    private final SubjectCommentRepository comments;
    private final SignedInUsers users;
    private final Clock clock;

    public CommentService(SubjectCommentRepository comments, SignedInUsers users, Clock clock) {
        this.comments = comments;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public SubjectComment add(Caller caller, String subjectType, long subjectId, Long partnerId, String visibility, String body) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.require(errors, "body", body, MAX_BODY);
        Visibility chosen = visibility(errors, caller, visibility);
        FieldChecks.throwIfAny(errors);
        String name = users.find(caller.username()).map(SignedInUser::displayName).orElse(caller.username());
        return comments.save(new SubjectComment(subjectType, subjectId, partnerId, caller.username(), name, caller.isStaff(),
                chosen, body.trim(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public Page<SubjectComment> list(Caller caller, String subjectType, long subjectId, Pageable pageable) {
        var visible = caller.isStaff() ? EnumSet.allOf(Visibility.class) : EnumSet.of(Visibility.PARTNER);
        return comments.findBySubjectTypeAndSubjectIdAndVisibilityInOrderByCreatedAtDescIdDesc(subjectType, subjectId,
                visible, pageable);
    }

    /** Staff choose (reviewers only by default); a partner's comment is always one the partner reads. */
    private static Visibility visibility(List<FieldViolation> errors, Caller caller, String value) {
        if (!caller.isStaff()) {
            if (value != null && !value.isBlank() && !Visibility.PARTNER.name().equalsIgnoreCase(value.trim())) {
                errors.add(new FieldViolation("visibility", "error.choice"));
            }
            return Visibility.PARTNER;
        }
        if (value == null || value.isBlank()) {
            return Visibility.STAFF;
        }
        try {
            return Visibility.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldViolation("visibility", "error.choice"));
            return null;
        }
    }
}
