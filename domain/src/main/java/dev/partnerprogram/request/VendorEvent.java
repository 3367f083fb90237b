package dev.partnerprogram.request;

/** The vendor's events a partner may take part in. */
public enum VendorEvent {
    /** Directum Enterprise Forum. */
    FORUM,
    OPEN_DAYS,
    /** Directum Awards. */
    AWARDS;

    /** How the partner takes part. */
    public enum Role { PARTICIPANT, CO_ORGANISER }
}
