package dev.partnerprogram.training;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseRepository extends JpaRepository<Course, Long> {

    Optional<Course> findByCode(String code);

    boolean existsByCode(String code);

    Page<Course> findByActiveTrueOrderByKindAscTitleAsc(Pageable pageable);

    Page<Course> findByActiveTrueAndKindOrderByTitleAsc(CourseKind kind, Pageable pageable);

    Page<Course> findAllByOrderByTitleAsc(Pageable pageable);
}
