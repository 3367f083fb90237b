package dev.partnerprogram.partner;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The tier's benefits and what is left of each counted one; field names follow the API contract. */
public record Benefits(
        PartnerStatus status,
        BigDecimal baseDiscount,
        BigDecimal additionalDiscount,
        BigDecimal onPremDiscount,
        int maxOnPremDiscount,
        int cloudFirstDiscount,
        int cloudRenewalDiscount,
        int subscriptionDiscount,
        int solutionsDiscount,
        int trainingDiscount,
        int freeLicenses,
        int freeLicensesLeft,
        int consultationHoursPerMonth,
        int consultationHoursLeftThisMonth,
        int freeTrainingSeats,
        int freeTrainingSeatsLeft,
        String marketingMaterials,
        BigDecimal universityFund,
        DiscountBreakdown discountBreakdown) {

    /**
     * Why the on-premises discount is what it is: the base discount of the tier, fixed until the end of the partner year,
     * plus the additional discount of the quarter with the facts the rules set it from; the total never exceeds the tier's
     * upper bound. The quarter fields are empty before the first quarterly decision. After a promotion within the year
     * the tier's own base discount is pending: {@code nextBaseDiscount} from {@code nextBaseFrom}, the next partner year
     * (the seed's footnote 1); both are empty when nothing is pending.
     */
    public record DiscountBreakdown(
            LocalDate baseFixedUntil,
            String quarter,
            LocalDate quarterStart,
            LocalDate quarterEnd,
            BigDecimal revenue,
            LocalDate revenueFrom,
            LocalDate revenueTo,
            Integer planCompletion,
            BigDecimal tableDiscount,
            boolean capped,
            BigDecimal nextBaseDiscount,
            LocalDate nextBaseFrom) {}
}
