package dev.partnerprogram.common;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

@NoRepositoryBean
public interface UploadedFileRepository<T extends UploadedFile> extends JpaRepository<T, Long> {

    /** The object's files in the order they came. */
    List<T> findBySubjectIdOrderByUploadedAtAscIdAsc(Long subjectId);

    /** The file, when it belongs to that object. */
    Optional<T> findByIdAndSubjectId(Long id, Long subjectId);
}
