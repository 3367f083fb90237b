package dev.partnerprogram.workflow.deal;

import dev.partnerprogram.deal.DealConflict;
import dev.partnerprogram.deal.DealState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A registered deal as its pages and the API show it. {@code rivals}, the other partners' registrations of the same
 * customer, are filled for vendor staff only: a partner never learns of another's deal. A joint deal's individual
 * discount and the partner's share of the revenue are set once a manager approved it.
 */
public record DealView(long id, long partnerId, String partnerName, String customerName, String customerTaxId, String region,
                       Integer expectedLicenses, BigDecimal expectedAmount, LocalDate expectedCloseDate, DealState state,
                       LocalDate protectedUntil, boolean extended, String decisionReason, BigDecimal wonAmount, LocalDate closedOn,
                       String lostReason, Long projectId, Instant registeredAt, boolean joint, BigDecimal jointDiscount,
                       BigDecimal partnerShare, List<Rival> rivals) {

    /** Another partner's registration of the same customer, and how it was found. */
    public record Rival(long id, long partnerId, String partnerName, String customerName, String customerTaxId, String region,
                        BigDecimal expectedAmount, DealState state, LocalDate protectedUntil, Instant registeredAt,
                        DealConflict.Match matchedBy) {}
}
