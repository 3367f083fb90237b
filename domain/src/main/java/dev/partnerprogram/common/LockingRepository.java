package dev.partnerprogram.common;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.Param;

/**
 * A repository of objects whose steps take turns: {@link #findForUpdate} reads the row with {@code SELECT ... FOR UPDATE},
 * so a second step on the same object waits until the first one's transaction ends and then sees its changes.
 */
@NoRepositoryBean
public interface LockingRepository<T> extends JpaRepository<T, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from #{#entityName} e where e.id = :id")
    Optional<T> findForUpdate(@Param("id") Long id);
}
