package dev.partnerprogram.workflow.upgrade;

import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.application.StatusApplication;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.StatusUpgradeProcess;
import dev.partnerprogram.upgrade.CommitteeVote;
import dev.partnerprogram.upgrade.EligibilityService;
import dev.partnerprogram.upgrade.UpgradeService;
import dev.partnerprogram.workflow.agreement.PartnerRequestGuard;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to upgrade applications: starts {@code status-upgrade} for a request for the next tier, and shows what a
 * decision was based on (the rules' report, the committee's votes). The progress to the next tier is {@link TierFacade}'s.
 */
@Service
public class UpgradeWorkflow {

    /** What an upgrade decision rests on: the latest eligibility report and, for General, the committee's votes. */
    public record DecisionView(long applicationId, Optional<EligibilityService.Evaluation> eligibility, List<CommitteeVote> votes,
                               UpgradeService.Tally tally) {}

    private final PartnerRequestGuard guard;
    private final UpgradeService upgrades;
    private final ApplicationService applications;
    private final EligibilityService eligibility;

    public UpgradeWorkflow(UpgradeService upgrades, ApplicationService applications, EligibilityService eligibility,
                           PartnerRequestGuard guard) {
        this.guard = guard;
        this.upgrades = upgrades;
        this.applications = applications;
        this.eligibility = eligibility;
    }

    /**
     * Opens the application and starts its process, which judges eligibility at once: a partner that does not meet the
     * requirements finds its application rejected, with the failed criteria, when this returns.
     */
    @Transactional
    public StatusApplication submit(Caller caller, RequestedStatus requested, String evidence) {
        StatusApplication application = guard.start(caller, StatusUpgradeProcess.KEY, StatusUpgradeProcess.APPLICATION_ID,
                StatusUpgradeProcess.PARTNER_ID, partnerId -> upgrades.submit(partnerId, requested, evidence, caller.username()),
                variables -> variables.with(StatusUpgradeProcess.REQUESTED_STATUS, requested.name()));
        return applications.get(application.getId());
    }

    @Transactional(readOnly = true)
    public DecisionView decision(Caller caller, long applicationId) {
        StatusApplication application = applications.get(applicationId);
        if (!caller.maySee(application.getPartnerId()) || !application.getRequestedStatus().isUpgrade()) {
            throw new NotFoundException("notFound.application");
        }
        return new DecisionView(applicationId, eligibility.forApplication(applicationId), upgrades.votes(applicationId),
                upgrades.tally(applicationId));
    }
}
