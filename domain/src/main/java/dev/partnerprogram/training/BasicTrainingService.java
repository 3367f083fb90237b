package dev.partnerprogram.training;

import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.application.StatusApplication;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Results of the basic course, which a company must pass (through one employee) to become Authorized. */
@Service
public class BasicTrainingService {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final BasicTrainingResultRepository results;
    private final ApplicationService applications;
    private final Clock clock;

    public BasicTrainingService(BasicTrainingResultRepository results, ApplicationService applications, Clock clock) {
        this.results = results;
        this.applications = applications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean hasPassed(long partnerId) {
        return results.existsByPartnerIdAndPassedTrue(partnerId);
    }

    @Transactional(readOnly = true)
    public List<BasicTrainingResult> results(long partnerId) {
        return results.findByPartnerIdOrderByRecordedAtAsc(partnerId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public BasicTrainingResult record(long applicationId, String employeeName, String employeeEmail, Boolean passed,
                                      Integer score, String actor) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.require(errors, "employeeName", employeeName, 200);
        if (FieldChecks.maxLength(errors, "employeeEmail", employeeEmail, 200)
                && employeeEmail != null && !employeeEmail.isBlank() && !EMAIL.matcher(employeeEmail.trim()).matches()) {
            errors.add(new FieldViolation("employeeEmail", "is not a valid e-mail address"));
        }
        if (passed == null) {
            errors.add(new FieldViolation("result", "is required"));
        }
        if (score != null && (score < 0 || score > 100)) {
            errors.add(new FieldViolation("score", "must be between 0 and 100"));
        }
        FieldChecks.throwIfAny(errors);
        StatusApplication application = applications.get(applicationId);
        BasicTrainingResult result = results.save(new BasicTrainingResult(application.getPartnerId(), applicationId,
                employeeName.trim(), FieldChecks.trimToNull(employeeEmail), passed, score, actor, clock.instant()));
        applications.recordTrainingOutcome(applicationId, passed, employeeName.trim(), actor);
        return result;
    }
}
