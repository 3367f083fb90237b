package dev.partnerprogram.common;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

@NoRepositoryBean
public interface SubjectTrailRepository<T extends SubjectTrailEntry<?>> extends JpaRepository<T, Long> {

    /**
     * The object's trail, oldest first. JPQL rather than derived from the name: a derived query is a criteria query
     * that Hibernate translates again on every call, and an application's trail is read at every poll of it.
     */
    @Query("select e from #{#entityName} e where e.subjectId = :subjectId order by e.at, e.id")
    List<T> findBySubjectIdOrderByAtAscIdAsc(Long subjectId);
}
