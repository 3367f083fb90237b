package dev.partnerprogram.upgrade;

import dev.partnerprogram.partner.PartnerStatus;
import java.math.BigDecimal;
import java.util.List;

/**
 * The requirements of a tier, kept as rules the vendor can read and change (a DMN table behind this port). Each
 * outcome names a criterion, the fact it judged, how it compares with its threshold, and whether the facts meet it.
 */
public interface EligibilityRules {

    /** A promotion asks for the time served in the tier below; a yearly review of the tier held does not. */
    enum Purpose { UPGRADE, REVIEW }

    /** What the program knows about the partner; revenue is its payments for software and subscriptions per quarter. */
    record Facts(int monthsInTier, int mediumProjects, int certifiedSpecialists, BigDecimal revenueLastQuarter,
                 BigDecimal revenueQuarterBefore, int planCompletion) {

        public BigDecimal value(String fact) {
            return switch (fact) {
                case "monthsInTier" -> BigDecimal.valueOf(monthsInTier);
                case "mediumProjects" -> BigDecimal.valueOf(mediumProjects);
                case "certifiedSpecialists" -> BigDecimal.valueOf(certifiedSpecialists);
                case "revenueLastQuarter" -> revenueLastQuarter;
                case "revenueQuarterBefore" -> revenueQuarterBefore;
                case "planCompletion" -> BigDecimal.valueOf(planCompletion);
                default -> throw new IllegalStateException("The eligibility rules judge an unknown fact: " + fact);
            };
        }
    }

    record Outcome(String criterion, String fact, String comparison, BigDecimal threshold, boolean met) {}

    List<Outcome> check(PartnerStatus tier, Purpose purpose, Facts facts);
}
