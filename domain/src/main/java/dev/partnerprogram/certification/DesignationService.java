package dev.partnerprogram.certification;

import dev.partnerprogram.application.ApplicationEvent;
import dev.partnerprogram.application.ApplicationEvent.Action;
import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.application.StatusApplication;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import dev.partnerprogram.partner.DesignationKind;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerDesignation;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.PartnerService.DesignationGrant;
import dev.partnerprogram.training.CatalogueService;
import dev.partnerprogram.training.Course;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certification of the extra designations: the application with its evidence, the requirements judged by rules and
 * reported item by item, the technical review and the manager's decision, the grant with its validity, the renewal
 * reminder and the expiry.
 */
@Service
@Transactional(readOnly = true)
public class DesignationService {

    /** The evidence a partner states; which fields matter depends on the designation. */
    public record Evidence(String platform, List<String> courses, String solutions, String supportArrangements) {}

    private final ApplicationService applications;
    private final PartnerService partners;
    private final CertificationService certification;
    private final CatalogueService catalogue;
    private final DesignationEvidenceRepository evidence;
    private final RequirementCheckRepository checks;
    private final DesignationRules rules;
    private final Notifier notifier;
    private final Clock clock;

    public DesignationService(ApplicationService applications, PartnerService partners, CertificationService certification,
                              CatalogueService catalogue, DesignationEvidenceRepository evidence, RequirementCheckRepository checks,
                              DesignationRules rules, Notifier notifier, Clock clock) {
        this.applications = applications;
        this.partners = partners;
        this.certification = certification;
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.checks = checks;
        this.rules = rules;
        this.notifier = notifier;
        this.clock = clock;
    }

    public static DesignationKind kindOf(RequestedStatus requested) {
        return switch (requested) {
            case TRAINING_CENTER -> DesignationKind.TRAINING_CENTER;
            case DEVELOPER_PARTNER -> DesignationKind.DEVELOPER_PARTNER;
            default -> throw new IllegalArgumentException(requested + " is not a designation");
        };
    }

    /** Checks the evidence, then opens the application; a partner holding the designation applies to renew it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StatusApplication submit(long partnerId, RequestedStatus requested, Evidence input, String actor) {
        DesignationKind kind = kindOf(requested);
        List<FieldViolation> errors = new ArrayList<>();
        String platform = FieldChecks.trimToNull(input.platform());
        String solutions = FieldChecks.trimToNull(input.solutions());
        String support = FieldChecks.trimToNull(input.supportArrangements());
        FieldChecks.maxLength(errors, "platform", platform, 1000);
        FieldChecks.maxLength(errors, "solutions", solutions, 2000);
        FieldChecks.maxLength(errors, "supportArrangements", support, 2000);
        List<String> courses = new ArrayList<>(new LinkedHashSet<>(input.courses() == null ? List.<String>of()
                : input.courses().stream().filter(c -> c != null && !c.isBlank()).map(c -> c.trim().toUpperCase(Locale.ROOT)).toList()));
        for (String code : courses) {
            if (catalogue.findCourse(code).filter(Course::isActive).isEmpty()) {
                errors.add(new FieldViolation("courses", "error.designation.noCourse", code));
            }
        }
        if (String.join(",", courses).length() > 1000) {
            errors.add(new FieldViolation("courses", "error.designation.tooManyCourses"));
        }
        if (kind == DesignationKind.TRAINING_CENTER && (solutions != null || support != null)) {
            errors.add(new FieldViolation("solutions", "error.designation.tcEvidence"));
        }
        if (kind == DesignationKind.DEVELOPER_PARTNER && (platform != null || !courses.isEmpty())) {
            errors.add(new FieldViolation("platform", "error.designation.dpEvidence"));
        }
        FieldChecks.throwIfAny(errors);
        StatusApplication application = applications.submitDesignation(partnerId, requested, actor);
        evidence.save(new DesignationEvidence(application.getId(), kind, platform, courses, solutions, support));
        notifier.notifyPartner(partnerId, MailTemplate.DESIGNATION_RECEIVED, "designation-" + application.getId() + "-received",
                String.valueOf(application.getId()), application.getCompanyName(), designation(kind));
        return application;
    }

    /**
     * Judges the requirements by the rules and records each one; an application that meets them all goes on to the
     * technical review. Answers whether all are met.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean checkRequirements(long applicationId) {
        StatusApplication application = applications.get(applicationId);
        DesignationEvidence stated = evidence(applicationId);
        long partnerId = application.getPartnerId();
        DesignationRules.Facts facts = new DesignationRules.Facts(
                (int) certification.countCertifiedSpecialists(partnerId, EnumSet.of(CertificationTrack.TRAINER)),
                stated.getPlatform() != null,
                stated.courseList().size(),
                (int) certification.countCertifiedSpecialists(partnerId, EnumSet.of(CertificationTrack.DEVELOPMENT)),
                stated.solutionCount(),
                stated.getSupportArrangements() != null);
        List<DesignationRules.Outcome> outcomes = rules.check(stated.getKind(), facts);
        if (outcomes.isEmpty()) {
            throw new IllegalStateException("The designation rules name no requirement for " + stated.getKind());
        }
        for (DesignationRules.Outcome outcome : outcomes) {
            checks.save(new RequirementCheck(applicationId, outcome, String.valueOf(facts.value(outcome.fact())), clock.instant()));
        }
        long met = outcomes.stream().filter(DesignationRules.Outcome::met).count();
        boolean allMet = met == outcomes.size();
        String summary = met + " of " + outcomes.size() + " met" + (allMet ? "" : "; not met: " + unmet(outcomes));
        if (allMet) {
            applications.advance(applicationId, ApplicationState.IN_REVIEW, Action.REQUIREMENTS_CHECKED, ApplicationEvent.SYSTEM,
                    summary, ApplicationState.SUBMITTED);
        } else {
            applications.recordEvent(applicationId, ApplicationEvent.SYSTEM, Action.REQUIREMENTS_CHECKED, summary);
        }
        return allMet;
    }

    /** The technical review recommends the designation (it then goes to a manager) or refuses it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordTechnicalReview(long applicationId, boolean approve, String comment, String actor) {
        applications.recordDecision(applicationId, ApplicationState.IN_REVIEW, approve, comment, Action.TECHNICAL_REVIEW_APPROVED, actor);
        if (approve) {
            applications.advance(applicationId, ApplicationState.MANAGER_DECISION, null, actor, null, ApplicationState.IN_REVIEW);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordManagerDecision(long applicationId, boolean approve, String comment, String actor) {
        applications.recordDecision(applicationId, ApplicationState.MANAGER_DECISION, approve, comment, Action.REVIEW_APPROVED, actor);
    }

    /**
     * Ends a refused application: by the rules (the reason names the unmet requirements), the review or the manager
     * (the reason is theirs).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refuse(long applicationId) {
        StatusApplication application = applications.get(applicationId);
        if (!application.getState().isFinal()) {
            String unmet = requirements(applicationId).stream().filter(c -> !c.isMet())
                    .map(c -> c.getRequirement() + " (" + c.getExpected() + ", found " + c.getActual() + ")")
                    .collect(Collectors.joining(", "));
            application = applications.close(applicationId, ApplicationState.REJECTED,
                    unmet.isEmpty() ? null : "requirements not met: " + unmet);
        }
        notifier.notifyPartner(application.getPartnerId(), MailTemplate.DESIGNATION_REFUSED, "designation-" + applicationId + "-refused",
                String.valueOf(applicationId), application.getCompanyName(), designation(kindOf(application.getRequestedStatus())),
                application.getDecisionReason());
    }

    /** Grants (or renews) the designation; answers the grant, which names the application whose validity it took over. */
    @Transactional(propagation = Propagation.MANDATORY)
    public DesignationGrant grant(long applicationId) {
        StatusApplication application = applications.get(applicationId);
        DesignationKind kind = kindOf(application.getRequestedStatus());
        DesignationGrant grant = partners.grantDesignation(application.getPartnerId(), kind, applicationId, ApplicationEvent.SYSTEM);
        applications.advance(applicationId, ApplicationState.APPROVED, Action.DESIGNATION_GRANTED, ApplicationEvent.SYSTEM,
                kind + " valid until " + grant.designation().getValidUntil(), ApplicationState.MANAGER_DECISION);
        notifier.notifyPartner(application.getPartnerId(), MailTemplate.DESIGNATION_GRANTED, "designation-" + applicationId + "-granted",
                String.valueOf(applicationId), application.getCompanyName(), designation(kind), grant.designation().getValidUntil());
        return grant;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void remindRenewal(long designationId) {
        PartnerDesignation designation = partners.designation(designationId);
        if (!designation.isActive()) {
            return;
        }
        PartnerCompany partner = partners.get(designation.getPartnerId());
        notifier.notifyPartner(partner.getId(), MailTemplate.DESIGNATION_RENEWAL_DUE,
                "designation-" + designationId + "-renewal-" + designation.getValidUntil(),
                partner.getCompanyName(), designation(designation.getKind()), designation.getValidUntil());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void expire(long designationId) {
        if (!partners.expireDesignation(designationId)) {
            return;
        }
        PartnerDesignation designation = partners.designation(designationId);
        PartnerCompany partner = partners.get(designation.getPartnerId());
        if (designation.getApplicationId() != null) {
            applications.recordEvent(designation.getApplicationId(), ApplicationEvent.SYSTEM, Action.DESIGNATION_EXPIRED,
                    designation.getKind() + " expired on " + designation.getValidUntil());
        }
        notifier.notifyPartner(partner.getId(), MailTemplate.DESIGNATION_EXPIRED, "designation-" + designationId + "-expired-" + designation.getValidUntil(),
                partner.getCompanyName(), designation(designation.getKind()), designation.getValidUntil());
    }

    /**
     * In the transaction that terminates the partner's agreement: each designation it holds ends, noted on the
     * application that granted it and mailed to the partner. Answers the processes that were keeping their validity
     * (reminder and expiry), for the caller to end.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> endWithAgreement(long partnerId, String reason) {
        List<String> processes = new ArrayList<>();
        PartnerCompany partner = partners.get(partnerId);
        for (PartnerDesignation designation : partners.endDesignations(partnerId, reason)) {
            if (designation.getApplicationId() != null) {
                applications.recordEvent(designation.getApplicationId(), ApplicationEvent.SYSTEM, Action.DESIGNATION_ENDED,
                        designation.getKind() + " " + reason);
                String process = applications.get(designation.getApplicationId()).getProcessInstanceId();
                if (process != null) {
                    processes.add(process);
                }
            }
            notifier.notifyPartner(partnerId, MailTemplate.DESIGNATION_ENDED, "designation-" + designation.getId() + "-ended-" + partners.today(),
                    partner.getCompanyName(), designation(designation.getKind()), partners.today());
        }
        return processes;
    }

    public DesignationEvidence evidence(long applicationId) {
        return evidence.findById(applicationId).orElseThrow(() -> new ConflictException("conflict.designation.notDesignation", applicationId));
    }

    public Optional<DesignationEvidence> findEvidence(long applicationId) {
        return evidence.findById(applicationId);
    }

    public List<RequirementCheck> requirements(long applicationId) {
        return checks.findByApplicationIdOrderByIdAsc(applicationId);
    }

    private static String unmet(List<DesignationRules.Outcome> outcomes) {
        return outcomes.stream().filter(o -> !o.met()).map(o -> o.requirement() + " (" + o.expected() + ")")
                .collect(Collectors.joining(", "));
    }

    private static DefaultMessageSourceResolvable designation(DesignationKind kind) {
        return new DefaultMessageSourceResolvable(new String[] {"mail.designation." + kind.name()}, kind.name());
    }

}
