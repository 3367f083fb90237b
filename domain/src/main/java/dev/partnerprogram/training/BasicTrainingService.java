package dev.partnerprogram.training;

import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.application.StatusApplication;
import dev.partnerprogram.application.StatusApplicationRepository;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import java.time.Clock;
import java.util.ArrayList;
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
     * A pass the company's employee earned before the company applied (an earlier course at the vendor or a training
     * centre), recorded by training staff from the certificate shown to them. It counts as a pass of the basic course.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BasicTrainingResult recordEarlierPass(long partnerId, String employeeName, String employeeEmail, String actor) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.require(errors, "employeeName", employeeName, 200);
        FieldChecks.require(errors, "employeeEmail", employeeEmail, 200);
        FieldChecks.throwIfAny(errors);
        return record(partnerId, null, employeeName.trim(), employeeEmail.trim(), true, null, actor);
    }

    /**
     * Records a result of the basic course, taken in an enrolment; an open join application of the partner gets the
     * result in its audit trail (and, for a fail, the partner is told that the application waits for a pass).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BasicTrainingResult recordCourseResult(long partnerId, long enrollmentId, String employeeName, String employeeEmail,
                                                  boolean passed, Integer score, String actor) {
        return record(partnerId, enrollmentId, employeeName, employeeEmail, passed, score, actor);
    }

    private BasicTrainingResult record(long partnerId, Long enrollmentId, String employeeName, String employeeEmail,
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
