package dev.partnerprogram.partner;

/** A company's standing in the program; the last three are the tiers, in ascending order. */
public enum PartnerStatus {
    APPLICANT,
    AUTHORIZED,
    CERTIFIED,
    GENERAL;

    public boolean isTier() {
        return this != APPLICANT;
    }
}
