package dev.partnerprogram.partner;

import java.math.BigDecimal;

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
        BigDecimal universityFund) {}
