package dev.partnerprogram.workflow.agreement;

import dev.partnerprogram.agreement.AgreementService;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import org.springframework.stereotype.Component;

/**
 * The one check before a partner starts any request (an application, an enrolment, a claim, a deal, …): the caller is
 * one of a partner's users (403 otherwise), and its company's agreement is valid: a suspended or terminated one refuses
 * the request with its reason and what to do (403 problem+json).
 */
@Component
public class PartnerRequestGuard {

    private final AgreementService agreements;

    PartnerRequestGuard(AgreementService agreements) {
        this.agreements = agreements;
    }

    /** Answers the caller's company, which may start a request. */
    public long requireStarting(Caller caller) {
        long partnerId = requirePartnerUser(caller);
        agreements.requireValid(partnerId);
        return partnerId;
    }

    /** Answers the caller's company; only for joining, which is how a company whose agreement ended comes back. */
    public long requirePartnerUser(Caller caller) {
        if (!caller.has(Role.PARTNER) || caller.partnerId() == null) {
            throw new ForbiddenException("forbidden.partnerUserOnly");
        }
        return caller.partnerId();
    }
}
