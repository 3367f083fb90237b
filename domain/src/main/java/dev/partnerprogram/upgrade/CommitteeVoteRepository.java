package dev.partnerprogram.upgrade;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeVoteRepository extends JpaRepository<CommitteeVote, Long> {

    List<CommitteeVote> findByApplicationIdOrderByVotedAtAscIdAsc(Long applicationId);

    boolean existsByApplicationIdAndVoter(Long applicationId, String voter);
}
