package dev.partnerprogram.partner;

/** The extra designations a partner of any tier may hold, each won by its own certification. */
public enum DesignationKind {
    /** Sells certified training on Directum RX under the vendor's certified-training programme. */
    TRAINING_CENTER,
    /** Develops and supports solutions and modifications on Directum RX. */
    DEVELOPER_PARTNER
}
