package dev.partnerprogram.upgrade;

import dev.partnerprogram.application.ApplicationEvent;
import dev.partnerprogram.application.ApplicationEvent.Action;
import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.application.StatusApplication;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.partner.TierService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of an upgrade application (Authorized to Certified, Certified to General): only the next tier, one open
 * request at a time, the eligibility rules first, then the review and, for General, the managers' committee.
 */
@Service
@Transactional(readOnly = true)
public class UpgradeService {

    /** The committee's votes so far; it has decided once either side has a majority of its members. */
    public record Tally(int votesFor, int votesAgainst, int members, int majority) {
        public boolean decided() {
            return votesFor >= majority || votesAgainst >= majority || votesFor + votesAgainst >= members;
        }

        public boolean approved() {
            return votesFor >= majority;
        }
    }

    private static final int MAX_COMMENT = 2000;

    private final ApplicationService applications;
    private final PartnerService partners;
    private final EligibilityService eligibility;
    private final TierService tiers;
    private final CommitteeVoteRepository votes;
    private final Notifier notifier;
    private final ProgramProperties properties;
    private final Clock clock;

    public UpgradeService(ApplicationService applications, PartnerService partners, EligibilityService eligibility, TierService tiers,
                          CommitteeVoteRepository votes, Notifier notifier, ProgramProperties properties,
                          Clock clock) {
        this.applications = applications;
        this.partners = partners;
        this.eligibility = eligibility;
        this.tiers = tiers;
        this.votes = votes;
        this.notifier = notifier;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public StatusApplication submit(long partnerId, RequestedStatus requested, String evidence, String actor) {
        if (requested == null) {
            throw new InvalidInputException("requestedStatus", "error.required");
        }
        PartnerCompany partner = partners.get(partnerId);
        if (!partner.getStatus().isTier()) {
            throw new InvalidInputException("requestedStatus", "error.upgrade.noStatus");
        }
        Optional<PartnerStatus> next = partner.getStatus().next();
        if (next.isEmpty()) {
            throw new InvalidInputException("requestedStatus", "error.upgrade.highest");
        }
        if (!requested.name().equals(next.get().name())) {
            throw new InvalidInputException("requestedStatus", "error.upgrade.nextTier", Message.label("partner.status", next.get()));
        }
        return applications.submitUpgrade(partnerId, requested, evidence, actor);
    }

    /** Judges the application by the rules and keeps the report with it; answers whether the partner is eligible. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean checkEligibility(long applicationId) {
        StatusApplication application = applications.get(applicationId);
        var evaluation = eligibility.record(application.getPartnerId(), target(application), EligibilityRules.Purpose.UPGRADE,
                applicationId);
        applications.recordEvent(applicationId, ApplicationEvent.SYSTEM,
                evaluation.eligible() ? Action.ELIGIBILITY_CHECKED : Action.NOT_ELIGIBLE, summary(evaluation.items()));
        return evaluation.eligible();
    }

    /** Not eligible: rejected at once, with the criteria that failed in the decision and in the partner's mail. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rejectNotEligible(long applicationId) {
        StatusApplication application = applications.get(applicationId);
        var failed = eligibility.forApplication(applicationId).orElseThrow().failed();
        applications.recordDecision(applicationId, application.getState(), false,
                "not eligible: " + summary(failed), null, ApplicationEvent.SYSTEM);
        applications.advance(applicationId, ApplicationState.REJECTED, null, ApplicationEvent.SYSTEM, null,
                ApplicationState.SUBMITTED, ApplicationState.REWORK);
        notifier.notifyPartner(application.getPartnerId(), MailTemplate.UPGRADE_NOT_ELIGIBLE, "application-" + applicationId + "-not-eligible",
                application.getId(), application.getCompanyName(), status(target(application)), lines(failed));
    }

    /** The partner's answer to a rework request: new evidence (the description) and a comment. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revise(long applicationId, String evidence, String comment, String actor) {
        StatusApplication application = applications.get(applicationId);
        var d = application.details();
        String text = evidence == null ? d.description() : FieldChecks.trimToNull(evidence);
        applications.revise(applicationId, new dev.partnerprogram.application.ApplicationDetails(d.companyName(), d.region(),
                d.website(), d.contactName(), d.contactEmail(), d.contactPhone(), d.activities(), d.teamSize(), text), comment, actor);
    }

    /** Approved in review, a General upgrade goes to the committee of managers. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void openCommittee(long applicationId) {
        StatusApplication application = applications.advance(applicationId, ApplicationState.COMMITTEE, Action.COMMITTEE_OPENED,
                ApplicationEvent.SYSTEM, properties.upgrade().committeeSize() + " members, " + properties.upgrade().committeeMajority()
                        + " votes decide", ApplicationState.IN_REVIEW);
        notifier.notifyManagers(MailTemplate.UPGRADE_COMMITTEE, "application-" + applicationId + "-committee",
                application.getId(), application.getCompanyName(), status(target(application)));
    }

    /**
     * A committee member's vote, with its reason. Nobody votes twice on one application: the application's row is
     * locked first, so two tasks completed by the same manager at once still count once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Tally recordVote(long applicationId, boolean approve, String comment, String voter) {
        String reason = FieldChecks.trimToNull(comment);
        if (reason == null) {
            throw new InvalidInputException("comment", "error.committee.reasonRequired");
        }
        if (reason.length() > MAX_COMMENT) {
            throw new InvalidInputException("comment", "error.maxLength", MAX_COMMENT);
        }
        applications.advance(applicationId, ApplicationState.COMMITTEE,
                approve ? Action.COMMITTEE_VOTED_FOR : Action.COMMITTEE_VOTED_AGAINST, voter, reason, ApplicationState.COMMITTEE);
        if (votes.existsByApplicationIdAndVoter(applicationId, voter)) {
            throw new ForbiddenException("forbidden.committee.votedTwice");
        }
        votes.save(new CommitteeVote(applicationId, voter, approve, reason, clock.instant()));
        return tally(applicationId);
    }

    public Tally tally(long applicationId) {
        List<CommitteeVote> cast = votes.findByApplicationIdOrderByVotedAtAscIdAsc(applicationId);
        int votesFor = (int) cast.stream().filter(CommitteeVote::isApprove).count();
        return new Tally(votesFor, cast.size() - votesFor, properties.upgrade().committeeSize(), properties.upgrade().committeeMajority());
    }

    public List<CommitteeVote> votes(long applicationId) {
        return votes.findByApplicationIdOrderByVotedAtAscIdAsc(applicationId);
    }

    /** The committee decided against: the application is rejected with the count of votes as its reason. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void committeeRejects(long applicationId) {
        Tally tally = tally(applicationId);
        applications.recordDecision(applicationId, ApplicationState.COMMITTEE, false, "the committee decided against it: "
                + tally.votesFor() + " for, " + tally.votesAgainst() + " against", null, ApplicationEvent.SYSTEM);
        applications.reject(applicationId);
    }

    /** The tier is granted: the partner's tier, discounts, quotas and certificate change today. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void grant(long applicationId) {
        StatusApplication application = applications.get(applicationId);
        if (application.getState() != ApplicationState.IN_REVIEW && application.getState() != ApplicationState.COMMITTEE) {
            throw new ConflictException("conflict.upgrade.notGrantable", Message.label("application.state", application.getState()));
        }
        PartnerCompany partner = tiers.promote(application.getPartnerId(), target(application), applicationId,
                "upgrade application " + applicationId + " approved");
        applications.markGranted(applicationId, partner.getCertificateNumber());
    }

    public static PartnerStatus target(StatusApplication application) {
        return PartnerStatus.valueOf(application.getRequestedStatus().name());
    }

    private static String summary(List<EligibilityService.Item> items) {
        return items.stream().map(i -> i.criterion() + " " + plain(i.actual()) + (i.met() ? " meets " : " does not meet ")
                + i.comparison() + " " + plain(i.threshold())).collect(Collectors.joining("; "));
    }

    static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static MessageSourceResolvable status(PartnerStatus status) {
        return new DefaultMessageSourceResolvable("mail.status." + status.name());
    }

    /** The failed criteria as lines of the mail, each in the reader's language. */
    static MessageSourceResolvable lines(List<EligibilityService.Item> items) {
        Object[] lines = items.stream().map(i -> new DefaultMessageSourceResolvable(new String[] {"mail.upgrade.criterion"},
                new Object[] {new DefaultMessageSourceResolvable("mail.criterion." + i.criterion()), plain(i.actual()),
                        i.comparison(), plain(i.threshold())})).toArray();
        return new DefaultMessageSourceResolvable(new String[] {"mail.upgrade.criteria." + Math.min(lines.length, 6)}, lines);
    }
}
