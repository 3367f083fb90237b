package dev.partnerprogram.training;

import dev.partnerprogram.partner.PartnerStatus;

/**
 * The pricing decision, kept as rules the vendor can read and change (a DMN table behind this port): which rule
 * prices a seat, and what share of the price the Directum University fund may pay.
 */
public interface PricingRules {

    record Decision(PricingRule rule, int fundCapPercent) {}

    Decision decide(PartnerStatus status, CourseKind kind, int freeSeatsLeft);
}
