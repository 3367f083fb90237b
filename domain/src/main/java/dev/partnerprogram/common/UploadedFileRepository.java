package dev.partnerprogram.common;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * The look-ups are JPQL rather than derived from the method names: Spring Data builds a derived query as a criteria
 * query on every call, which Hibernate translates again each time, where a JPQL string's translation is cached.
 */
@NoRepositoryBean
public interface UploadedFileRepository<T extends UploadedFile> extends JpaRepository<T, Long> {

    /** The object's files in the order they came. */
    @Query("select f from #{#entityName} f where f.subjectId = :subjectId order by f.uploadedAt, f.id")
    List<T> findBySubjectIdOrderByUploadedAtAscIdAsc(Long subjectId);

    /** The file, when it belongs to that object. */
    @Query("select f from #{#entityName} f where f.id = :id and f.subjectId = :subjectId")
    Optional<T> findByIdAndSubjectId(Long id, Long subjectId);
}
