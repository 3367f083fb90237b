package dev.partnerprogram.inbox;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubjectCommentRepository extends JpaRepository<SubjectComment, Long> {

    Page<SubjectComment> findBySubjectTypeAndSubjectIdAndVisibilityInOrderByCreatedAtDescIdDesc(
            String subjectType, Long subjectId, Collection<SubjectComment.Visibility> visibility, Pageable pageable);
}
