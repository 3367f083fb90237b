package dev.partnerprogram.partner;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.Lookup;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free Directum RX licences for internal use: a request holds its licences against the partner year's quota at once,
 * so two requests never share the last ones; a rejected request gives them back.
 */
@Service
@Transactional(readOnly = true)
public class LicenceService {

    public record NewRequest(Integer quantity, String purpose) {}

    static final int MAX_QUANTITY = 1000;
    static final int MAX_PURPOSE = 1000;

    private final PartnerService partners;
    private final BenefitQuotaRepository quotas;
    private final LicenceRequestRepository requests;
    private final Lookup<LicenceRequest> lookup;
    private final Clock clock;

    public LicenceService(PartnerService partners, BenefitQuotaRepository quotas, LicenceRequestRepository requests, Clock clock) {
        this.partners = partners;
        this.quotas = quotas;
        this.requests = requests;
        this.lookup = new Lookup<>(requests, "notFound.licenceRequest");
        this.clock = clock;
    }

    @Transactional
    public LicenceRequest request(long partnerId, NewRequest input, String actor) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.requireBetween(errors, "quantity", input.quantity(), 1, MAX_QUANTITY, "error.range", MAX_QUANTITY);
        FieldChecks.require(errors, "purpose", input.purpose(), MAX_PURPOSE);
        FieldChecks.throwIfAny(errors);

        PartnerCompany partner = partners.lockWithTier(partnerId, () -> new ConflictException("conflict.licences.noStatus"));
        BenefitQuota quota = quotas.lockCurrent(partnerId, QuotaKind.FREE_LICENSES, partners.today())
                .orElseThrow(() -> new ConflictException("conflict.licences.none"));
        if (quota.left() < input.quantity()) {
            throw new ConflictException("conflict.licences.left", quota.left(), quota.getGranted(),
                    input.quantity());
        }
        quota.take(input.quantity());
        return requests.save(new LicenceRequest(partnerId, input, quota, actor, clock.instant()));
    }

    /** Staff issue the licences or reject the request (with a reason), which returns them to the quota. */
    @Transactional
    public LicenceRequest decide(long requestId, boolean issue, String comment, String actor) {
        LicenceRequest request = lookup.lock(requestId);
        String reason = FieldChecks.decisionComment(!issue, comment);
        partners.lockForUpdate(request.getPartnerId());
        request.decide(issue ? LicenceRequest.State.ISSUED : LicenceRequest.State.REJECTED, actor, reason, clock.instant());
        if (!issue) {
            quotas.findForUpdate(request.getQuotaId()).ifPresent(q -> q.giveBack(request.getQuantity()));
        }
        return request;
    }

    public LicenceRequest get(long requestId) {
        return lookup.get(requestId);
    }

    public Page<LicenceRequest> list(long partnerId, Pageable pageable) {
        return requests.findByPartnerIdOrderByRequestedAtDescIdDesc(partnerId, pageable);
    }

    public Page<LicenceRequest> open(Pageable pageable) {
        return requests.findByStateOrderByRequestedAtAscIdAsc(LicenceRequest.State.REQUESTED, pageable);
    }
}
