package dev.partnerprogram.partner;

/** Benefits counted out rather than merely listed. */
public enum QuotaKind {
    /** Free Directum RX licences for internal use, per partner year. */
    FREE_LICENSES,
    /** Free consultation hours, per calendar month. */
    CONSULTATION_HOURS,
    /** Free seats on setup and development courses, per partner year; unused seats expire. */
    FREE_TRAINING_SEATS
}
