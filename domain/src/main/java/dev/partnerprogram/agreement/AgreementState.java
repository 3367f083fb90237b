package dev.partnerprogram.agreement;

/** Where a partner agreement stands; only an ACTIVE or RENEWAL_DUE agreement is a valid one. */
public enum AgreementState {
    /** In its term, renewal not yet asked for. */
    ACTIVE,
    /** In its term, the partner has been reminded and asked for the signed renewal. */
    RENEWAL_DUE,
    /** The term ended without a confirmed renewal; a renewal within the grace period reinstates the partner. */
    SUSPENDED,
    /** Ended for good: the company must apply again. Kept as history. */
    TERMINATED;

    public boolean isValid() {
        return this == ACTIVE || this == RENEWAL_DUE;
    }
}
