package dev.partnerprogram.common;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

@NoRepositoryBean
public interface SubjectTrailRepository<T extends SubjectTrailEntry<?>> extends JpaRepository<T, Long> {

    /** The object's trail, oldest first. */
    List<T> findBySubjectIdOrderByAtAscIdAsc(Long subjectId);
}
