package dev.partnerprogram.identity;

import java.time.Instant;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PeopleAuditRepository extends JpaRepository<PeopleAuditEntry, Long> {

    /** Newest first; an empty actor or subject matches anybody. */
    @Query("""
            select e from PeopleAuditEntry e
             where (:actor = '' or e.actor = :actor)
               and (:subject = '' or e.subject = :subject)
               and e.action in :actions
               and e.at >= :from and e.at < :to
             order by e.at desc, e.id desc""")
    Page<PeopleAuditEntry> search(String actor, String subject, Collection<PeopleAuditEntry.Action> actions, Instant from,
                                  Instant to, Pageable page);
}
