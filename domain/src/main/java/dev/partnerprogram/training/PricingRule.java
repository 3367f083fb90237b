package dev.partnerprogram.training;

/** How a seat is paid for, as the pricing rules decide. */
public enum PricingRule {
    /** One of the partner's free seats of the partner year pays for it. */
    FREE_SEAT,
    /** The partner pays the list price less the tier's training discount. */
    PARTNER_DISCOUNT,
    /** A company without a status pays the list price. */
    FULL_PRICE
}
