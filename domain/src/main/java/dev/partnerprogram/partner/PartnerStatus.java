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

    /** The tier a partner may ask for next; none above the highest. */
    public java.util.Optional<PartnerStatus> next() {
        return this == GENERAL ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() + 1]);
    }

    /** The tier a demotion lowers to; none below the base tier. */
    public java.util.Optional<PartnerStatus> lower() {
        return ordinal() <= AUTHORIZED.ordinal() ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() - 1]);
    }
}
