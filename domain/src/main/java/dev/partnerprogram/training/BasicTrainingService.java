package dev.partnerprogram.training;

import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.application.StatusApplication;
import dev.partnerprogram.application.StatusApplicationRepository;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Results of the basic course, which a company must pass (through one employee) to become Authorized. */
@Service
@Transactional(readOnly = true)
public class BasicTrainingService {
    private static final EnumSet<ApplicationState> CLOSED = EnumSet.of(ApplicationState.APPROVED, ApplicationState.REJECTED,
            ApplicationState.WITHDRAWN);

    private final BasicTrainingResultRepository results;
    private final ApplicationService applications;
    private final StatusApplicationRepository applicationRepository;
    private final Clock clock;

    public BasicTrainingService(BasicTrainingResultRepository results, ApplicationService applications,
                                StatusApplicationRepository applicationRepository, Clock clock) {
        this.results = results;
        this.applications = applications;
        this.applicationRepository = applicationRepository;
        this.clock = clock;
    }

    public boolean hasPassed(long partnerId) {
        return results.existsByPartnerIdAndPassedTrue(partnerId);
    }

    public List<BasicTrainingResult> results(long partnerId) {
        return results.findByPartnerIdOrderByRecordedAtAsc(partnerId);
    }

    /**
     * Records a result of the basic course, taken in an enrolment; an open join application of the partner gets the
     * result in its audit trail (and, for a fail, the partner is told that the application waits for a pass).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BasicTrainingResult recordCourseResult(long partnerId, long enrollmentId, String employeeName, String employeeEmail,
                                                  boolean passed, Integer score, String actor) {
        Optional<StatusApplication> application = applicationRepository
                .findFirstByPartnerIdAndStateNotInOrderBySubmittedAtDesc(partnerId, CLOSED)
                .filter(a -> a.getRequestedStatus() == RequestedStatus.AUTHORIZED);
        BasicTrainingResult result = results.save(new BasicTrainingResult(partnerId, application.map(StatusApplication::getId).orElse(null),
                enrollmentId, employeeName, employeeEmail, passed, score, actor, clock.instant()));
        application.ifPresent(a -> applications.recordTrainingOutcome(a.getId(), passed, employeeName, actor));
        return result;
    }
}
