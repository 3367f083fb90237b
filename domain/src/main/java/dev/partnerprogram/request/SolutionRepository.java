package dev.partnerprogram.request;

import dev.partnerprogram.common.LockingRepository;
import java.util.List;

public interface SolutionRepository extends LockingRepository<Solution> {

    List<Solution> findAllByOrderByNameAsc();

    List<Solution> findByActiveTrueOrderByNameAsc();
}
