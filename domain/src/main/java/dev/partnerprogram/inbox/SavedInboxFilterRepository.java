package dev.partnerprogram.inbox;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SavedInboxFilterRepository extends JpaRepository<SavedInboxFilter, Long> {

    /** A user's filters by name (the unique index on username and name serves it). */
    List<SavedInboxFilter> findByUsernameOrderByNameAsc(String username);

    Optional<SavedInboxFilter> findByIdAndUsername(Long id, String username);

    boolean existsByUsernameAndName(String username, String name);

    long countByUsername(String username);
}
